/* test-import.c: the plain-text importer, fixture by fixture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each fixture under fixtures/ is an original article in one house style;
 * the table below says what the importer must make of it. Every imported
 * article is also written as NewsML-G2 and validated against the schema.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"

#define MAX_PHOTOS 8

typedef struct
{
  const char *caption_start;   /* the caption begins with this */
  const char *credit;          /* exactly */
} ExpectedPhoto;

typedef struct
{
  const char    *name;
  const char    *style;
  const char    *headline;
  const char    *standfirst;
  const char    *byline;
  const char    *authors;         /* "|"-separated */
  const char    *job_title;       /* of the first author */
  const char    *bio;             /* of the first author */
  const char    *provider;
  const char    *dateline;
  const char    *language;
  const char    *first_paragraph; /* its first words, after any dateline */
  guint          paragraphs;
  const char    *subheadings;     /* "|"-separated, in order */
  guint          lists;
  ExpectedPhoto  photos[MAX_PHOTOS];
  const char    *note;
  const char    *contributors;    /* "|"-separated */
  const char    *dropped;         /* "\n"-separated, in order */
  const char    *editorial_note;  /* checked when set */
  const char    *date;            /* the article's date, "YYYY-MM-DD", checked when set */
} Fixture;

static const Fixture fixtures[] = {
  {
    "wire-ap", "wire agency (AP)",
    "Ferry stranded off Nova Scotia after engine fire, all 212 aboard safe", "",
    "Martha Quinlan and Dev Patel", "Martha Quinlan|Dev Patel", "", "", "Associated Press",
    "HALIFAX, Nova Scotia (AP)", "en", "A passenger ferry carrying 212 people",
    7, "", 0,
    { { "Coast guard vessels escort the disabled ferry", "AP Photo/Greg Thibault" } },
    "Associated Press writer Lucy Harmon in Toronto contributed to this report.", "Lucy Harmon",
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission.",
  },
  {
    "wire-reuters", "wire agency (Reuters)",
    "Nordic power prices hit two-year low as mild winter fills reservoirs", "",
    "Ingrid Solberg", "Ingrid Solberg", "", "", "Reuters",
    "OSLO/STOCKHOLM, March 4 (Reuters)", "en", "Wholesale electricity prices in Norway",
    7, "", 0, { { NULL } },
    "(Reporting by Ingrid Solberg in Oslo and Anders Lindqvist in Stockholm; Editing by Mark "
    "Pellow)", "Ingrid Solberg|Anders Lindqvist", "",
  },
  {
    "broadsheet", "broadsheet (name and title, labelled photo credits)",
    "Saltmarsh restoration on the Essex coast is storing carbon faster than expected",
    "Five years after sea walls were breached at Tollesbury Fleet, researchers say the new "
    "marsh is locking away more carbon than the farmland it replaced",
    "Helen Marsh", "Helen Marsh", "Environment correspondent", "", "", "", "en",
    "When the bulldozers cut three gaps",
    9, "Why mud matters|Counting the birds", 0,
    {
      { "A curlew feeds on the restored saltmarsh", "Owen Price/The Observer" },
      { "Volunteers plant sea lavender", "Environment Agency" },
    },
    "", "",
    "Tue 5 Mar 2024 06.00 GMT\nShare\nAdvertisement\nExplore more on these topics\n"
    "Climate crisis\nConservation\nEssex\nMost viewed",
  },
  {
    "tabloid", "tabloid (capitals byline, bullet summary, image credits)",
    "Hero gran, 81, fights off raider with her WALKING STICK at village post office", "",
    "Kate Miller", "Kate Miller", "Chief Crime Correspondent", "", "", "", "en",
    "A plucky great-grandmother of 81",
    8, "", 1,
    {
      { "Dorothy Pike, 81, at home in Bramfield", "Tom Bright/Eastern Pictures" },
      { "CCTV still of the suspect", "Suffolk Police/PA" },
    },
    "", "",
    "Published: 10:42 GMT, 6 March 2024 | Updated: 11:30 GMT, 6 March 2024\nAdvertisement\n"
    "Sign up to our free Daily Briefing newsletter for the biggest stories in your inbox every "
    "morning\nShare or comment on this article:\nMost Read",
  },
  {
    "local-paper", "local paper (byline over title, related stories)",
    "Library opening hours cut to four days a week from April",
    "Councillors say the move saves £86,000 a year; campaigners call it a 'slow closure'",
    "Tom Ellis", "Tom Ellis", "Local Democracy Reporter", "", "", "", "en",
    "Kettleby's central library will close",
    7, "What happens next", 0,
    { { "Members of Friends of Kettleby Library outside", "Friends of Kettleby Library" } },
    "", "",
    "Posted March 5, 2024 4:15 pm\nRelated stories\nCouncil tax to rise by 4.99 per cent\n"
    "Wexton leisure centre pool reopens after repairs\nComments",
  },
  {
    "press-release", "press release (wire-service dateline, end mark)",
    "Brightwater Foods opens £12 million plant-based dairy facility in Leeds",
    "New site will create 140 jobs and double the company's oat milk production",
    "", "", "", "", "", "LEEDS, England, March 5, 2024 /PRNewswire/", "en",
    "Brightwater Foods, the independent maker",
    5, "About Brightwater Foods", 0, { { NULL } },
    "", "",
    "FOR IMMEDIATE RELEASE\n###\nMedia contact:\nPriya Shah, Brightwater Foods\n"
    "press@brightwaterfoods.example\n+44 113 496 0000",
  },
  {
    "liveblog-summary", "live-blog summary (names without By, key points, time stamps)",
    "Storm Ottilie: what we know so far as heavy rain brings flooding to Wales and south-west "
    "England",
    "Hundreds of homes evacuated and rail lines closed as the Met Office issues rare red warning",
    "Anna Price, Sian Roberts and Daniel Okoye", "Anna Price|Sian Roberts|Daniel Okoye", "", "",
    "", "", "en", "Natural Resources Wales said",
    4, "Key points|17:55 GMT|16:40 GMT|15:10 GMT", 1,
    { { "Emergency crews use a boat", "Rhys Daniels/PA" } },
    "", "",
    "Last updated 18:20 GMT\n"
    "Related: Storm Ottilie: how to check if your area has a flood warning",
  },
  {
    "feature-photos", "photo feature (six credit forms, repeated caption, closing bio)",
    "The last lighthouse keepers of the Atlantic coast",
    "On a string of rocks off western Portugal, three families still keep the lights by hand. "
    "A photo essay",
    "Clara Mendes", "Clara Mendes|Rui Tavares", "",
    "Clara Mendes is a freelance journalist based in Lisbon.", "", "", "en",
    "Every evening at a quarter to six",
    7, "A life measured in storms|The keepers' children now live in Lisbon and Peniche", 0,
    {
      { "The lantern room of the Berlenga lighthouse", "Rui Tavares" },
      { "José Antunes polishes the brass rail", "Rui Tavares for The Sunday Review" },
      { "Maria Antunes keeps a logbook", "Rui Tavares/Sunday Review" },
      { "An 1897 engraving of the island",
        "Courtesy of the Portuguese Navy Hydrographic Institute" },
      { "The route of the supply boat", "Ana Lobo" },
      { "Rui Tavares photographs the keepers' grandchildren", "Handout" },
    },
    "", "", "",
  },
  {
    "german", "German regional (Von, dpa dateline, Foto:, Mitarbeit)",
    "Hamburger Hafen meldet Rekord bei Landstrom für Kreuzfahrtschiffe",
    "Mehr als die Hälfte der Anläufe nutzte 2023 Strom von Land – Reedereien sehen dennoch "
    "Lücken beim Netzausbau",
    "Anna Berger", "Anna Berger", "", "", "dpa", "Hamburg (dpa)", "de",
    "Im Hamburger Hafen haben im vergangenen Jahr",
    5, "Kritik der Reedereien", 0,
    { { "Ein Kreuzfahrtschiff liegt am Terminal Steinwerder", "Jonas Weber/dpa" } },
    "Mitarbeit: Jonas Weber", "Jonas Weber",
    "Anzeige\nMehr zum Thema\nNeue Terminals in Kiel eröffnet\n"
    "Wie sauber sind Kreuzfahrten wirklich?",
  },
  {
    "spanish", "Spanish agency (Por, EFE dateline, Foto:, Con información de)",
    "Valencia estrena la mayor red de carriles bici de España con 240 kilómetros conectados",
    "El Ayuntamiento asegura que el uso de la bicicleta ha crecido un 35 % en dos años",
    "María Gómez Ferrer", "María Gómez Ferrer", "", "", "EFE", "Valencia, 5 mar (EFE)", "es",
    "El Ayuntamiento de Valencia ha completado",
    5, "", 0,
    { { "Ciclistas circulan por el nuevo carril bici", "EFE/Ana Escobar" } },
    "Con información de Luis Ortega.", "Luis Ortega",
    "Publicado: 05/03/2024 12:45\nPublicidad\n"
    "Lee también: Madrid amplía el servicio de bicicleta pública a seis distritos más\n"
    "Te puede interesar",
  },
  {
    "email-wrapped", "emailed copy (BOM, CRLF, hard-wrapped, tabs, no-break spaces)",
    "Bus lane cameras to be switched on across the city centre",
    "Drivers face “£70 fines” from 1 May, with a month of warning letters first",
    "James Whitfield", "James Whitfield", "Transport Correspondent", "", "", "", "en",
    "Twenty-two cameras covering bus lanes in the city centre will start issuing fines on 1 May,",
    5, "", 0,
    { { "Cameras on Corporation Street, where most of the trial offences were recorded.",
        "Mark Ellery/City Press Agency" } },
    "", "", "",
  },
  {
    "opinion-cr", "opinion column (CR line ends, name and title, closing bio)",
    "Why I stopped apologising for taking the train across Europe",
    "It is slower and often dearer than flying. It is also the best part of any trip, writes "
    "our columnist",
    "Ruth Adebayo", "Ruth Adebayo", "Columnist",
    "Ruth Adebayo is a travel writer and the author of Slow Tracks.", "", "", "en",
    "Last summer I spent 31 hours",
    5, "The cost|The climate", 0, { { NULL } },
    "", "", "Advertisement",
  },
  {
    "sports-broadcaster", "broadcaster sport (image source and caption lines, desk name)",
    "Castlebridge come from two goals down to snatch late draw at Harbury", "",
    "Sam Okafor", "Sam Okafor", "", "", "Sport Wales Online", "", "en",
    "Harbury Athletic 2-2 Castlebridge",
    7, "", 0,
    {
      { "Owen Pryce's equaliser was his eighth goal of the season", "Getty Images" },
      { "Castlebridge fans had sold out their allocation", "Valley Pictures Agency" },
    },
    "", "", "Related topics\nCastlebridge\nFootball\nShare",
  },
  {
    "us-broadsheet-web", "US broadsheet web page (site chrome, Credit..., Reporting from)",
    "Ukraine’s Farmers Plant Again in Fields Cleared of Mines",
    "After two years of war, demining teams have returned thousands of acres to cultivation. "
    "The work is slow, and the danger has not gone.",
    "Olena Kovalenko and Mark Stevens", "Olena Kovalenko|Mark Stevens", "", "", "",
    "Kharkiv Province, Ukraine", "en", "The tractor moves slowly",
    5, "A Slow Harvest", 0,
    { { "A tractor fitted with armor plates works a field near Izium",
        "Lena Holm for The Daily Ledger" } },
    "Olena Kovalenko reported from Kharkiv Province, and Mark Stevens from Kyiv.",
    "Olena Kovalenko",
    "Skip to contentSkip to site index\nMarch 5, 2024\nUpdated 6:02 a.m. ET\n"
    "Listen to this article · 7:12 min\nAdvertisement\nSKIP ADVERTISEMENT\n"
    "A version of this article appears in print on March 6, 2024, Section A, Page 8 of the "
    "national edition with the headline: Farmers Return to Fields Cleared of Mines. Order "
    "Reprints | Today’s Paper | Subscribe\nSee more on: Ukraine\nShare full article\n"
    "Related Content",
  },
  {
    "broadcaster-web",
    "broadcaster web page (dateline over three lines, credit line under caption)",
    "Airline to pay $1.2 million over tarmac delays", "",
    "Rita Lam", "Rita Lam", "", "", "WNN", "Washington (WNN)", "en",
    "A regional airline will pay $1.2 million",
    4, "", 0,
    { { "Passengers wait at a gate at Chicago O'Hare", "Mara Quist/Getty Images" } },
    "WNN’s Sara Ortiz contributed to this report.", "Sara Ortiz",
    "3 minute read\nPublished 9:14 AM EST, Tue March 5, 2024\nRelated article\n"
    "Airlines must now refund passengers automatically, under new rule",
  },
  {
    "financial-wire", "financial wire (links before the story, agency-only dateline)",
    "Copper Jumps to One-Year High as Chile Mine Output Slumps", "",
    "", "", "", "", "Bloomberg", "(Bloomberg)", "en", "Copper rose to the highest",
    4, "", 0, { { NULL } },
    "--With assistance from Tom Hale and Aya Ito.", "Tom Hale|Aya Ito",
    "Most Read from Bloomberg\nRegional Lender Raises Outlook After Strong Quarter\n"
    "Shipping Rates Ease as Port Backlogs Clear\nChipmaker Shares Slide on Weak Orders\n"
    "©2024 Bloomberg L.P.",
  },
  {
    "spanish-daily", "Spanish daily (bare name, place and date line, follow prompt)",
    "El Gobierno aprueba una ayuda de 200 euros para el abono joven de transporte",
    "La medida beneficiará a cerca de un millón de jóvenes de entre 18 y 26 años",
    "Lucía Martín", "Lucía Martín", "", "", "", "Madrid", "es",
    "El Consejo de Ministros ha aprobado",
    2, "", 0,
    { { "Viajeros en un andén de la estación de Atocha", "Samuel Sánchez" } },
    "", "",
    "Madrid - 05 mar 2024 - 10:42 CET\n"
    "Puedes seguir a EL DIARIO en Facebook y X, o apuntarte aquí para recibir nuestra "
    "newsletter semanal.\nArchivado En\nTransporte público\nJóvenes",
  },
  {
    "academic-explainer", "academic explainer (Author label, licence credit, republication note)",
    "Why some trees survive wildfires and others don't",
    "Bark thickness matters, but so does where a tree puts its roots",
    "Jana Novak", "Jana Novak", "Associate Professor of Forest Ecology, University of Montana",
    "", "", "", "en", "Disclosure statement",
    5, "Thick bark, deep roots", 0,
    { { "A ponderosa pine scarred by fire in western Montana.", "Jana Novak, CC BY-ND" } },
    "This article is republished from Campus Notes under a Creative Commons license. Read the "
    "original article.", "",
    "Published: March 5, 2024 8:12am EST",
  },
  {
    "government-release", "government press release (labels over values, notes to editors)",
    "New funding to fix potholes on rural roads",
    "Councils in England will share £150 million to repair rural roads this year.",
    "", "", "", "", "Department for Transport", "", "en", "Councils in England will receive",
    5, "Notes to editors", 0, { { NULL } },
    "", "", "Press release\nPublished 5 March 2024",
  },
  {
    "french-agency", "French agency copy (Par, AFP dateline, Photo :, Avec AFP)",
    "Les abeilles sauvages reviennent dans les parcs parisiens",
    "Une étude recense 112 espèces dans les espaces verts de la capitale, contre 64 il y a dix "
    "ans",
    "Claire Dubois", "Claire Dubois", "", "", "AFP", "Paris (AFP)", "fr",
    "Les abeilles sauvages sont de retour à Paris.",
    3, "", 0,
    { { "Une abeille sauvage butine une fleur de trèfle", "Julien Martin / AFP" } },
    "Avec AFP", "", "",
  },
  {
    "blog-post", "community blog (Posted by NAME on DATE, Photo by, tags)",
    "How our town saved its last cinema", "",
    "Daniel Reyes", "Daniel Reyes", "", "", "", "", "en", "When the Regal announced",
    3, "", 0,
    { { "The Regal on opening night after the buyout.", "Sam Brook" } },
    "", "", "on March 5, 2024\nTags: cinema, community, local history\nLeave a comment",
  },
  {
    "wire-raw", "raw wire copy (slug line, Eds: note, e-mail under the byline, ___ rule)",
    "Wildfire forces 3,000 from homes east of San Diego", "",
    "Ray Donovan", "Ray Donovan", "", "", "Associated Press", "ALPINE, Calif. (AP)", "en",
    "A fast-moving wildfire forced about 3,000 people",
    3, "", 0, { { NULL } },
    "Associated Press writer Kim Tran in Los Angeles contributed.", "Kim Tran",
    "BC-US--Wildfire-Evacuations,3rd Ld-Writethru\nray.donovan@example.com\n___\n"
    "Our Standards: The Example Trust Principles.",
    "Updates with new evacuation figures, quotes from fire chief.",
  },
  {
    "trade-newsletter", "trade newsletter (editor's note first, NAME | DATE byline)",
    "Battery maker picks Ohio for $800 million cell plant", "",
    "Jane Holloway", "Jane Holloway", "", "", "", "", "en",
    "Editor's note: This story was updated on March 6",
    4, "", 0, { { NULL } },
    "", "", "March 5, 2024\nClick here to subscribe to our daily newsletter.",
  },
  {
    "italian-agency", "Italian agency copy (di NAME, ROMA, 05 MAR dateline, rights line)",
    "Venezia, il ticket d'ingresso torna in primavera per 29 giorni",
    "Il contributo di accesso costerà 5 euro nei giorni di maggiore affluenza",
    "Marco Bellini", "Marco Bellini", "", "", "", "ROMA, 05 MAR", "it",
    "Il Comune di Venezia ha confermato",
    3, "", 0, { { "Turisti in piazza San Marco a Venezia.", "ANSA/Luca Ferri" } },
    "", "", "RIPRODUZIONE RISERVATA © Copyright ANSA",
  },
  {
    "local-daily-web", "local daily web page (furniture inside the story, contact line)",
    "City council votes to ban gas leaf blowers by 2026",
    "The ordinance passed 7-2 after a two-hour debate",
    "Priya Nair", "Priya Nair", "Staff Writer", "", "", "", "en",
    "The Lakeside City Council voted 7-2",
    5, "", 0,
    { { "A landscaper uses a gas blower outside City Hall on Monday.",
        "Tom Becker / Lakeside Courier" } },
    "", "",
    "Mar 5, 2024 Updated Mar 6, 2024\n"
    "RELATED: County considers noise limits for construction sites\n[embedded content]\n"
    "(Story continues below)\nImage 1 of 3\nWATCH: How battery leaf blowers compare\n"
    "Priya Nair can be reached at pnair@example.com.\nCopyright © 2024 Lakeside Courier",
  },
  {
    "one-line", "a one-line input",
    "Council approves new cycle lane on Mill Road", "", "", "", "", "", "", "", NULL, NULL,
    0, "", 0, { { NULL } }, "", "", "",
  },
  /* issue 12: house styles none of the fixtures above use */
  {
    "indian-daily", "Indian daily (breadcrumb, paywall label, names in places, IST date line "
    "with place, reading time, question subheading, With inputs from)",
    "Mumbai's first underwater metro tunnel opens to commuters after six-year build",
    "The 3.4-km stretch under the Mahim creek cuts the Colaba–Seepz journey to 50 minutes",
    "Rhea Kulkarni in Mumbai and Arjun Menon in New Delhi", "Rhea Kulkarni|Arjun Menon", "", "",
    "", "MUMBAI", "en", "The first trains ran through Mumbai's underwater metro tunnel",
    5, "What does it mean for fares?", 0, { { NULL } },
    "(With inputs from PTI)", "",
    "Home / India / Mumbai\nPremium\nUpdated – 12 March 2024, 09:15 IST – MUMBAI\n"
    "3 mins to read\nListen to this article",
  },
  {
    "brazilian-agency", "Brazilian agency copy (Portuguese: Por NAME, de CITY; Publicado em; "
    "Colaborou)",
    "Câmara aprova projeto que amplia horário de creches públicas em cidades médias",
    "Texto prevê repasse federal para manter unidades abertas até as 19h; proposta segue para o "
    "Senado",
    "Beatriz Nogueira", "Beatriz Nogueira", "", "", "", "Brasília", "pt",
    "A Câmara dos Deputados aprovou nesta terça-feira",
    5, "", 0, { { NULL } },
    "Colaborou Henrique Sales", "Henrique Sales",
    "Política\nPublicado em 14/05/2024 - 18:42 | Atualizado há 3 horas",
  },
  {
    "arabic-agency", "Arabic agency copy (right to left, CITY: NAME, ساهم … في إعداد)",
    "افتتاح أكبر سوق للتمور في المنطقة بمشاركة مئة وعشرين مزارعا",
    "يضم السوق الجديد مخازن مبردة وقاعة للمزادات الإلكترونية",
    "نورة العتيبي", "نورة العتيبي", "", "", "", "الرياض", "ar",
    "افتتحت أمانة المدينة يوم الأحد",
    4, "", 0, { { NULL } },
    "ساهم خالد الشمري في إعداد هذا التقرير", "خالد الشمري",
    "اقتصاد",
  },
  {
    "french-weekly", "French weekly (Abonnez-vous, Par, Publié … modifié …, Lecture N min, "
    "NAME POUR « PAPER » credit, question subheading, closing bio)",
    "Dans les Cévennes, les derniers bergers transhumants cherchent des successeurs",
    "Chaque printemps, ils mènent leurs brebis vers les estives du mont Lozère. Mais la relève "
    "se fait rare",
    "Clémence Aubrac", "Clémence Aubrac", "",
    "Clémence Aubrac est une journaliste indépendante basée à Montpellier.", "", "", "fr",
    "Le troupeau s'étire sur près d'un kilomètre",
    5, "Qui reprendra les troupeaux ?", 0,
    { { "Le départ, près de Florac, sur la route des drailles.",
        "BENOÎT MARCHAL POUR « LE PAYS CÉVENOL »" } },
    "", "",
    "Abonnez-vous\nSociété\nPublié le 3 juin 2024 à 07h00, modifié le 3 juin 2024 à 11h20\n"
    "Lecture 4 min.",
  },
  {
    "dutch-regional", "Dutch regional (Door NAME, relative date line, no standfirst)",
    "Gemeente plant duizend bomen langs de ringweg om hitte in de zomer te beperken", "",
    "Femke van der Heijden", "Femke van der Heijden", "", "", "", "", "nl",
    "De gemeente gaat komend najaar duizend bomen planten",
    4, "", 0, { { NULL } },
    "", "",
    "Binnenland\nvandaag, 08:12",
  },
  {
    "us-local-tv", "US local TV web page (live and alert labels, CITY: NAME, relative time, "
    "listen box, emoji promo, link box)",
    "Small plane makes emergency landing on interstate, no one hurt", "",
    "Kayla Brennan", "Kayla Brennan", "", "", "", "DENVER", "en",
    "A small plane made an emergency landing on Interstate 25",
    4, "", 0, { { NULL } },
    "", "",
    "WATCH LIVE\nWeather Alert\nPosted 2 hours ago\nListen to this article 4 min\n"
    "📲 Download our free app for breaking news alerts\nRelated Stories\n"
    "Airport expansion vote delayed again\nCrews repave stretch of I-25 near Thornton\n"
    "Copyright 2024 Front Range News. All rights reserved.",
  },
  {
    "business-magazine", "business magazine (paywall line, section, name and title, question "
    "subheading, Additional reporting:, NAME is a … based in …)",
    "Why small lenders are winning back the high street",
    "After a decade of branch closures, credit unions and building societies are opening "
    "offices again",
    "Harriet Olufemi", "Harriet Olufemi", "Senior markets correspondent",
    "Harriet Olufemi is a markets correspondent based in Leeds.", "", "", "en",
    "The number of credit union branches",
    4, "Is the trend here to stay?", 0, { { NULL } },
    "Additional reporting: Tomás Ferreira", "Tomás Ferreira",
    "Subscribe for full access\nMarkets",
  },
  {
    "italian-daily", "Italian daily (Di NAME - OUTLET, CITY – dateline, rights line)",
    "Venezia, il nuovo sistema di prenotazione per i gruppi turistici parte ad aprile",
    "Massimo venticinque persone per gruppo e niente altoparlanti nel centro storico",
    "Giulia Sartori", "Giulia Sartori", "", "", "Gazzetta del Lido", "VENEZIA", "it",
    "Dal primo aprile le guide turistiche",
    4, "", 0, { { NULL } },
    "", "",
    "Cronaca\nRiproduzione riservata ©",
  },
  {
    "island-weekly", "island weekly (masthead over its menu, credits with initials: "
    "\"Photo: J. K. Smith/Agency\", \"(A.B./Agency)\")",
    "Ferry timetable cut as crew shortage bites",
    "Islanders face a single evening crossing from Monday while the operator trains new deck "
    "hands",
    "Peter Lowe", "Peter Lowe", "", "", "", "", "en",
    "The evening ferry to Marren Island",
    5, "", 0,
    {
      { "Passengers waiting at the slipway in Carrow on Tuesday.", "J. K. Smith/Coast Pictures" },
      { "The ferry Marren Belle at its berth", "A.B./Coast Pictures" },
    },
    "", "",
    "Harbour Weekly\nNews | Coast | Sport\nUpdated 2 December 2026",
    NULL, "2026-12-02",
  },
  {
    "arabic-hijri", "Arabic daily (right to left, Hijri and Gregorian date line, بقلم byline, "
    "uncased place before a dash)",
    "افتتاح جسر جديد يربط ضفتي الوادي في المدينة القديمة",
    "يختصر الجسر الرحلة بين الحيين من نصف ساعة إلى خمس دقائق",
    "سلمى الحداد", "سلمى الحداد", "", "", "", "جدة، 12 جمادى الآخرة 1448 هـ", "ar",
    "افتتحت البلدية يوم الأربعاء",
    4, "", 0, { { NULL } },
    "", "",
    "صحيفة الساحل\nالرئيسية | محليات | اقتصاد\n"
    "الخميس 12 جمادى الآخرة 1448 هـ الموافق 3 ديسمبر 2026 م",
    NULL, "2026-12-03",
  },
};
static char *
join_model_names (GListModel *authors)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);

      g_string_append_printf (out, "%s%s", i ? "|" : "", copydesk_author_get_name (author));
    }
  return g_strdup (out->str);
}

static char *
join_strv (const char * const *strv,
           const char         *separator)
{
  return g_strjoinv (separator, (char **) (strv ? strv : (const char * const[]) { NULL }));
}

static char *
block_text (const CopydeskBlock *block)
{
  return copydesk_run_to_plain_text (copydesk_block_get_run (block));
}

static CopydeskArticle *
import_file (const char  *path,
             GPtrArray  **dropped)
{
  g_autoptr(GBytes) bytes = copydesk_test_load (path);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  CopydeskArticle *article = copydesk_import_plain_text (data ? data : "", len, dropped, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

/* Writes @article as NewsML-G2, validates it, and checks that no dropped line
 * made it into the file. */
static void
write_and_validate (CopydeskArticle *article,
                    GPtrArray       *dropped,
                    const char      *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(GBytes) xml = copydesk_newsml_write (article, dir, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (xml);
  text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  for (guint i = 0; i < dropped->len; i++)
    {
      g_autoptr(GString) element = g_string_new (g_ptr_array_index (dropped, i));

      /* no element of the file holds a dropped line (the writer escapes
       * markup characters; chrome lines here have none but &) */
      g_string_replace (element, "&", "&amp;", 0);
      g_string_prepend_c (element, '>');
      g_string_append_c (element, '<');
      if (strstr (text, element->str) != NULL)
        g_error ("%s: dropped line “%s” is in the written file", what, element->str);
      /* and a long one is nowhere in it */
      if (element->len > 40 && strstr (text, g_ptr_array_index (dropped, i)) != NULL)
        g_error ("%s: dropped line “%s” is in the written file", what, element->str);
    }
  copydesk_test_validate_newsml (xml, what);
}

static void
check_photos (CopydeskArticle *article,
              const Fixture   *f)
{
  CopydeskBody *body = copydesk_article_get_body (article);
  guint n = 0;

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);
      CopydeskPhoto *photo;

      if (copydesk_block_get_kind (block) != COPYDESK_BLOCK_PHOTO)
        continue;
      g_assert_cmpuint (n, <, MAX_PHOTOS);
      g_assert_nonnull (f->photos[n].credit);
      photo = copydesk_article_find_photo (article, copydesk_block_get_photo_id (block));
      g_assert_nonnull (photo);
      g_assert_null (copydesk_photo_get_file (photo));
      if (!g_str_has_prefix (copydesk_photo_get_caption (photo), f->photos[n].caption_start))
        g_error ("%s photo %u: caption “%s”", f->name, n, copydesk_photo_get_caption (photo));
      g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, f->photos[n].credit);
      /* the credit is taken out of the caption, brackets and label included */
      g_assert_false (g_str_has_suffix (copydesk_photo_get_caption (photo), f->photos[n].credit));
      g_assert_false (g_str_has_suffix (copydesk_photo_get_caption (photo), "("));
      n++;
    }
  g_assert_true (n == MAX_PHOTOS || f->photos[n].credit == NULL);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, n);
}

static void
check_body (CopydeskArticle *article,
            const Fixture   *f)
{
  CopydeskBody *body = copydesk_article_get_body (article);
  g_autoptr(GPtrArray) subheadings = g_ptr_array_new_with_free_func (g_free);
  guint paragraphs = 0, lists = 0;
  gboolean first = TRUE;

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);

      switch (copydesk_block_get_kind (block))
        {
        case COPYDESK_BLOCK_PARAGRAPH:
          if (first)
            {
              g_autofree char *text = block_text (block);

              if (!g_str_has_prefix (text, f->first_paragraph))
                g_error ("%s: first paragraph “%s”", f->name, text);
              first = FALSE;
            }
          paragraphs++;
          break;
        case COPYDESK_BLOCK_SUBHEADING:
          g_ptr_array_add (subheadings, block_text (block));
          break;
        case COPYDESK_BLOCK_BULLET_LIST:
        case COPYDESK_BLOCK_NUMBERED_LIST:
          lists++;
          break;
        case COPYDESK_BLOCK_QUOTE:
          g_assert_not_reached ();
          break;
        case COPYDESK_BLOCK_PHOTO:
        default:
          break;
        }
    }
  g_ptr_array_add (subheadings, NULL);
  g_assert_cmpuint (paragraphs, ==, f->paragraphs);
  g_assert_cmpuint (lists, ==, f->lists);
  {
    g_autofree char *joined = join_strv ((const char * const *) subheadings->pdata, "|");

    g_assert_cmpstr (joined, ==, f->subheadings);
  }
}

static void
check_authors (CopydeskArticle *article,
               const Fixture   *f)
{
  GListModel *authors = copydesk_article_get_authors (article);
  g_autofree char *names = join_model_names (authors);

  g_assert_cmpstr (copydesk_article_get_byline (article), ==, f->byline);
  g_assert_cmpstr (names, ==, f->authors);
  if (g_list_model_get_n_items (authors) > 0)
    {
      g_autoptr(CopydeskAuthor) first = g_list_model_get_item (authors, 0);

      g_assert_cmpstr (copydesk_author_get_job_title (first), ==, f->job_title);
      g_assert_cmpstr (copydesk_author_get_bio (first), ==, f->bio);
    }
}

static void
test_fixture (gconstpointer data)
{
  const Fixture *f = data;
  g_autofree char *file = g_strconcat (f->name, ".txt", NULL);
  g_autofree char *path = copydesk_test_build_path ("import", "fixtures", file, NULL);
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = import_file (path, &dropped);
  g_autofree char *contributors = NULL;
  g_autofree char *dropped_text = NULL;

  g_test_message ("%s: %s", f->name, f->style);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, f->headline);
  g_assert_cmpstr (copydesk_article_get_standfirst (article), ==, f->standfirst);
  check_authors (article, f);
  g_assert_cmpstr (copydesk_article_get_provider (article), ==, f->provider);
  g_assert_cmpstr (copydesk_article_get_dateline (article), ==, f->dateline);
  if (f->language != NULL)
    g_assert_cmpstr (copydesk_article_get_language (article), ==, f->language);
  check_body (article, f);
  check_photos (article, f);
  g_assert_cmpstr (copydesk_article_get_contributor_note (article), ==, f->note);
  contributors = join_strv (copydesk_article_get_contributors (article), "|");
  g_assert_cmpstr (contributors, ==, f->contributors);
  g_ptr_array_add (dropped, NULL);
  dropped_text = g_strjoinv ("\n", (char **) dropped->pdata);
  g_ptr_array_set_size (dropped, dropped->len - 1);
  g_assert_cmpstr (dropped_text, ==, f->dropped);
  if (f->editorial_note != NULL)
    g_assert_cmpstr (copydesk_article_get_editorial_note (article), ==, f->editorial_note);
  if (f->date != NULL)
    {
      g_autofree char *date = g_date_time_format (copydesk_article_get_created (article),
                                                  "%Y-%m-%d");

      g_assert_cmpstr (date, ==, f->date);
    }

  write_and_validate (article, dropped, f->name);
}

/* ---------------------------------------------------------------- the sample */

static void
test_shared_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("COPYDESK_TEST_SRCDIR"), "..", "..",
                                            "shared", "samples", "scraped-article.txt", NULL);
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(CopydeskAuthor) author = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = g_file_new_for_path (g_get_tmp_dir ());
  g_autofree char *text = NULL;
  CopydeskBody *body;
  guint counts[COPYDESK_BLOCK_PHOTO + 1] = { 0 };
  GListModel *photos;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("../shared/samples/scraped-article.txt is not beside the checkout");
      return;
    }
  article = import_file (path, &dropped);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==,
                   "Blinken meets Israel’s war leadership as US concerns grow");
  g_assert_cmpstr (copydesk_article_get_standfirst (article), ==,
                   "Biden dispatches secretary of state to verify reduction in intensity of "
                   "fighting in Gaza, stave off war between Israel and Hezbollah");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "Lazar Berman");
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), ==, 1);
  author = g_list_model_get_item (copydesk_article_get_authors (article), 0);
  g_assert_cmpstr (copydesk_author_get_name (author), ==, "Lazar Berman");
  g_assert_cmpstr (copydesk_author_get_bio (author), ==,
                   "Lazar Berman is The Times of Israel's diplomatic reporter");

  body = copydesk_article_get_body (article);
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    counts[copydesk_block_get_kind (copydesk_body_get_block (body, i))]++;
  g_assert_cmpuint (counts[COPYDESK_BLOCK_PARAGRAPH], ==, 41);
  g_assert_cmpuint (counts[COPYDESK_BLOCK_SUBHEADING], ==, 1);
  g_assert_cmpuint (counts[COPYDESK_BLOCK_PHOTO], ==, 7);
  photos = copydesk_article_get_photos (article);
  g_assert_cmpuint (g_list_model_get_n_items (photos), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      g_assert_cmpuint (strlen (copydesk_photo_get_caption (photo)), >, 40);
      g_assert_cmpuint (strlen (copydesk_photo_get_credit (photo)), >, 2);
      g_assert_null (strchr (copydesk_photo_get_caption (photo), '\n'));
      g_assert_false (g_str_has_suffix (copydesk_photo_get_caption (photo), ")"));
    }
  g_assert_cmpstr (copydesk_article_get_contributor_note (article), ==,
                   "Emanuel Fabian and Jacob Magid contributed to this report.");

  xml = copydesk_newsml_write (article, dir, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  g_assert_null (strstr (text, "Most Popular"));
  g_assert_null (strstr (text, "read more"));
  g_assert_cmpuint (dropped->len, ==, 2);
  copydesk_test_validate_newsml (xml, "the shared sample");
}

/* ------------------------------------------------------------- robustness */

static CopydeskArticle *
import_text (const char  *text,
             GPtrArray  **dropped)
{
  g_autoptr(GError) error = NULL;
  CopydeskArticle *article = copydesk_import_plain_text (text, strlen (text), dropped, &error);

  g_assert_no_error (error);
  return article;
}

static void
test_invalid_utf8 (void)
{
  static const char bad[] = "Headline\n\nAb\xC3(cd\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dropped = NULL;
  CopydeskArticle *article = copydesk_import_plain_text (bad, sizeof bad - 1, &dropped, &error);

  g_assert_null (article);
  g_assert_null (dropped);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "offset 12"));
}

/* The same article with LF, CRLF and CR line ends, a byte-order mark, tabs,
 * trailing and Unicode spaces reads the same. */
static void
test_line_ends_and_spaces (void)
{
  static const char *variants[] = {
    "Dam repairs finish early\n\nThe work took six weeks\n\nBy Jo Lark\n\n"
    "The dam reopened on Friday.\n\nSafety checks\n\n"
    "Inspectors signed off the spillway on Thursday after a final test.\n",
    "\xEF\xBB\xBF" "Dam repairs finish early\r\n\r\nThe work took six weeks\r\n\r\n"
    "By Jo Lark\r\n\r\n"
    "The dam reopened on Friday.\r\n\r\nSafety checks\r\n\r\nInspectors signed off the spillway "
    "on Thursday after a final test.\r\n",
    "Dam\xC2\xA0repairs finish early  \r\rThe work took\tsix weeks\r\r  By Jo\xE2\x80\x89Lark\r\r"
    "The dam reopened on Friday.\r\rSafety checks \r\rInspectors signed off the spillway on "
    "Thursday\r after a final test.\r",
  };
  g_autoptr(CopydeskArticle) reference = import_text (variants[0], NULL);

  g_assert_cmpstr (copydesk_article_get_byline (reference), ==, "Jo Lark");
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (reference)), ==, 3);
  for (guint i = 1; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr(CopydeskArticle) article = import_text (variants[i], NULL);

      g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Dam repairs finish early");
      g_assert_cmpstr (copydesk_article_get_standfirst (article), ==, "The work took six weeks");
      g_assert_cmpstr (copydesk_article_get_byline (article), ==, "Jo Lark");
      g_assert_true (copydesk_body_equal (copydesk_article_get_body (article),
                                          copydesk_article_get_body (reference)));
    }
}

static void
test_empty_and_tiny (void)
{
  g_autoptr(CopydeskArticle) empty = import_text ("", NULL);
  g_autoptr(CopydeskArticle) blank = import_text ("\n\n \t\r\n", NULL);
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) chrome = import_text ("Advertisement\n", &dropped);

  g_assert_cmpstr (copydesk_article_get_headline (empty), ==, "");
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (empty)), ==, 0);
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (blank)), ==, 0);
  g_assert_cmpstr (copydesk_article_get_headline (chrome), ==, "");
  g_assert_cmpuint (dropped->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (dropped, 0), ==, "Advertisement");
}

static void
test_long_paragraph (void)
{
  g_autoptr(GString) text = g_string_new ("A very long report\n\nIt goes on\n\n");
  g_autoptr(CopydeskArticle) article = NULL;
  CopydeskBody *body;

  for (guint i = 0; i < 20000; i++)
    g_string_append (text, "The committee heard evidence for another hour. ");
  g_string_append (text, "\n");
  article = import_text (text->str, NULL);
  body = copydesk_article_get_body (article);
  g_assert_cmpuint (copydesk_body_get_n_blocks (body), ==, 1);
  g_assert_cmpuint (copydesk_body_count_words (body), ==, 20000 * 7);
}

/* The judgement calls, each on a small case that tips it one way or the other. */
static void
test_judgement_calls (void)
{
  static const char text[] =
    "Tram line extension approved\n\n"
    "The route will add six stops\n\n"
    "By Noor Haddad\n\n"
    "The council approved the extension on Monday after a two-year consultation.\n\n"
    "Residents can subscribe to the council's newsletter for updates on the work.\n\n"
    "Costs rose from £80m to £94m (up 17.5%)\n\n"
    "Next steps\n\n"
    "Work starts in June. Trams will run at 30 km/h through the old town (AP)\n\n"
    "Noor Haddad is suing the council over a separate planning matter, she said.\n";
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = import_text (text, &dropped);
  CopydeskBody *body = copydesk_article_get_body (article);
  static const CopydeskBlockKind kinds[] = {
    COPYDESK_BLOCK_PARAGRAPH,   /* approved */
    COPYDESK_BLOCK_PARAGRAPH,   /* a paragraph about a newsletter is not a sign-up prompt */
    COPYDESK_BLOCK_PARAGRAPH,   /* "(up 17.5%)" is not a credit; a short line before */
    COPYDESK_BLOCK_SUBHEADING,  /* ...a paragraph is a subheading only if it follows text */
    COPYDESK_BLOCK_PARAGRAPH,   /* "(AP)" after no full stop is a citation, not a credit */
    COPYDESK_BLOCK_PARAGRAPH,   /* "NAME is suing" names no job: not a bio */
  };

  g_assert_cmpuint (dropped->len, ==, 0);
  g_assert_cmpuint (copydesk_body_get_n_blocks (body), ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpint (copydesk_block_get_kind (copydesk_body_get_block (body, i)), ==, kinds[i]);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, 0);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "Noor Haddad");
  g_assert_cmpstr (copydesk_article_get_dateline (article), ==, "");
}

/* Paragraphs that mention what chrome and bylines are made of stay paragraphs. */
static void
test_not_chrome (void)
{
  static const char text[] =
    "Council app launched\n\n"
    "Maya Osei is a professor of planning who has studied the town's bus network for a decade "
    "and says the app could cut waiting times by a third.\n\n"
    "Police said they would follow up reports posted on Facebook.\n\n"
    "The company updated its privacy policy on Monday.\n\n"
    "Read more about the scheme at the library, the council said.\n\n"
    "Advertisement revenue fell by 12% last year, the accounts show.\n";
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = import_text (text, &dropped);
  CopydeskBody *body = copydesk_article_get_body (article);

  g_assert_cmpuint (dropped->len, ==, 0);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), ==, 0);
  /* the first block after the headline is the standfirst, the rest paragraphs */
  g_assert_cmpuint (copydesk_body_get_n_blocks (body), ==, 4);
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    g_assert_cmpint (copydesk_block_get_kind (copydesk_body_get_block (body, i)), ==,
                     COPYDESK_BLOCK_PARAGRAPH);
}

/* A section label over the headline is reported, not taken for the headline. */
static void
test_kicker (void)
{
  static const char text[] =
    "EXCLUSIVE\n\nMinister quits over expenses row\n\nBy Ann Lee\n\n"
    "The minister resigned on Monday after a row over expenses claims.\n";
  static const char short_headline[] =
    "Budget day\n\nThe chancellor sets out her plans to a packed Commons.\n\n"
    "The statement began at half past twelve.\n";
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = import_text (text, &dropped);
  g_autoptr(CopydeskArticle) other = import_text (short_headline, NULL);

  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Minister quits over expenses row");
  g_assert_cmpuint (dropped->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (dropped, 0), ==, "EXCLUSIVE");
  /* a short headline over a standfirst that ends a sentence stays the headline */
  g_assert_cmpstr (copydesk_article_get_headline (other), ==, "Budget day");
}

/* A contributor note with the story going on after it is a line of the story. */
static void
test_note_mid_story (void)
{
  static const char text[] =
    "Flood defences tested\n\nA drill on the river\n\n"
    "Crews raised the new flood barrier on the river for the first time on Sunday.\n\n"
    "Ada Kim contributed to this report.\n\n"
    "The barrier took forty minutes to rise, ten fewer than the design allowed.\n\n"
    "Engineers will now test it against a simulated surge in the autumn.\n\n"
    "Residents were told about the drill by letter two weeks before it happened.\n\n"
    "Lee Park contributed to this report.\n\nMost Popular\n";
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = import_text (text, &dropped);

  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 5);
  g_assert_cmpstr (copydesk_article_get_contributor_note (article), ==,
                   "Lee Park contributed to this report.");
  g_assert_cmpuint (dropped->len, ==, 1);
}

/* Inputs found by throwing fragments of real copy together: each imports,
 * and what it gives is written and validates. The first once crashed (a
 * byte-wise strip cut a curly quote in half). */
static void
test_odd_input (void)
{
  static const char *inputs[] = {
    "n\n,\n.\ncontributed to this reportReportingby \xE2\x80\x9Dr",
    "By \n(\n)\n—\nWNN\n—\n",
    "((((((((((\n\n))))))))))\n\n[Photo: ]\n\nImage source, \n\nImage caption, \n",
    "\xEF\xBB\xBF\xEF\xBB\xBF\x0B\x0C\x01\t\xC2\xA0\xE2\x80\x8B\n\n###\n\nAdvertisement",
    "Headline\n\nBy JANE DOE and\n\nLONDON (AP) — \n\nReporting by ; Editing by\n",
    "A\n\nB\n\n\xE2\x80\x94 \xE2\x80\x93 -- - \xE2\x80\x94\n\n1.\n\n\xE2\x80\xA2\n\n(AP)\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GPtrArray) dropped = NULL;
      g_autoptr(CopydeskArticle) article = import_text (inputs[i], &dropped);
      g_autofree char *what = g_strdup_printf ("odd input %u", i);

      g_assert_nonnull (article);
      write_and_validate (article, dropped, what);
    }
}

/* Short lines at the end or in a row are not subheadings: nothing follows them. */
static void
test_short_lines (void)
{
  static const char text[] =
    "Pier reopens\n\nRepairs cost £2m\n\n"
    "The pier reopened to visitors on Saturday morning after two years of repairs.\n\n"
    "Opening times\n\nWeekends only\n\n"
    "It will open daily from the Easter holidays, the trust that runs it said.\n\n"
    "See you there\n";
  g_autoptr(CopydeskArticle) article = import_text (text, NULL);
  CopydeskBody *body = copydesk_article_get_body (article);
  static const CopydeskBlockKind kinds[] = {
    COPYDESK_BLOCK_PARAGRAPH, COPYDESK_BLOCK_PARAGRAPH, COPYDESK_BLOCK_SUBHEADING,
    COPYDESK_BLOCK_PARAGRAPH, COPYDESK_BLOCK_PARAGRAPH,
  };

  g_assert_cmpuint (copydesk_body_get_n_blocks (body), ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpint (copydesk_block_get_kind (copydesk_body_get_block (body, i)), ==, kinds[i]);
}

/* A caption the scraper printed twice, once without its credit. */
/* What a byline line holds besides the names (a date, an address) is
 * reported, never lost. */
static void
test_byline_leftovers (void)
{
  static const struct { const char *line; const char *byline; const char *dropped; } cases[] = {
    { "Posted by Jane Ormerod on March 5, 2024", "Jane Ormerod", "on March 5, 2024" },
    { "Jane Ormerod | 5 Mar 2024", "Jane Ormerod", "5 Mar 2024" },
    { "By Jane Ormerod jane@courier.example", "Jane Ormerod", "jane@courier.example" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("Council approves new cycle lanes for the harbour road\n\n"
                         "The scheme will cost four million and take two years\n\n%s\n\n"
                         "The council voted on Tuesday night to approve the lanes.\n",
                         cases[i].line);
      g_autoptr(GPtrArray) dropped = NULL;
      g_autoptr(CopydeskArticle) article = import_text (text, &dropped);

      g_assert_cmpstr (copydesk_article_get_byline (article), ==, cases[i].byline);
      g_assert_cmpuint (dropped->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (dropped, 0), ==, cases[i].dropped);
    }
}

static void
test_repeated_caption (void)
{
  static const char text[] =
    "Harbour wall gives way\n\nNobody was hurt\n\n"
    "The harbour wall at low tide on Sunday.\n"
    "The harbour wall at low tide on Sunday. (Ines Vidal/Coastal Press)\n"
    "The harbour wall at low tide on Sunday. (Ines Vidal/Coastal Press)\n\n"
    "A section of the wall collapsed overnight.\n";
  g_autoptr(CopydeskArticle) article = import_text (text, NULL);
  GListModel *photos = copydesk_article_get_photos (article);
  g_autoptr(CopydeskPhoto) photo = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (photos), ==, 1);
  photo = g_list_model_get_item (photos, 0);
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==,
                   "The harbour wall at low tide on Sunday.");
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "Ines Vidal/Coastal Press");
  g_assert_cmpstr (copydesk_photo_get_photographer (photo), ==, "Ines Vidal");
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 2);
}

static void
test_pure (void)
{
  g_autofree char *path = copydesk_test_build_path ("import", "fixtures", "feature-photos.txt",
                                                    NULL);
  g_autoptr(CopydeskArticle) a = import_file (path, NULL);
  g_autoptr(CopydeskArticle) b = import_file (path, NULL);

  g_assert_true (copydesk_body_equal (copydesk_article_get_body (a),
                                      copydesk_article_get_body (b)));
  g_assert_cmpstr (copydesk_article_get_standfirst (a), ==, copydesk_article_get_standfirst (b));
}

/* --------------------------------------------------------------------- CLI */

static void
test_cli (void)
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-import-XXXXXX", NULL);
  g_autofree char *input = copydesk_test_build_path ("import", "fixtures", "tabloid.txt", NULL);
  g_autofree char *output = g_build_filename (dir, "tabloid.xml", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.txt", NULL);
  g_autofree char *bad_out = g_build_filename (dir, "bad.xml", NULL);
  g_auto(CopydeskTestRun) good = { 0 };
  g_auto(CopydeskTestRun) wrong = { 0 };
  g_autoptr(GBytes) xml = NULL;

  good = copydesk_test_convert ("--from", "text", input, "-o", output);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_nonnull (strstr (good.err, "dropped: Advertisement\n"));
  g_assert_nonnull (strstr (good.err, "dropped: Most Read\n"));
  xml = copydesk_test_load (output);
  g_assert_nonnull (strstr (g_bytes_get_data (xml, NULL), "WALKING STICK"));
  copydesk_test_validate_newsml (xml, "copydesk-convert --from text tabloid.txt");

  g_assert_true (g_file_set_contents (bad, "Headline\n\nGood text, then \xFF bad\n", -1, NULL));
  wrong = copydesk_test_convert ("--from", "text", bad, "-o", bad_out);
  g_assert_cmpint (wrong.status, ==, 1);
  g_assert_nonnull (strstr (wrong.err, "offset 26"));
  g_assert_false (g_file_test (bad_out, G_FILE_TEST_EXISTS));

  g_remove (output);
  g_remove (bad);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *name = g_strdup_printf ("/import/fixture/%s", fixtures[i].name);

      g_test_add_data_func (name, &fixtures[i], test_fixture);
    }
  g_test_add_func ("/import/shared-sample", test_shared_sample);
  g_test_add_func ("/import/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/import/line-ends-and-spaces", test_line_ends_and_spaces);
  g_test_add_func ("/import/empty-and-tiny", test_empty_and_tiny);
  g_test_add_func ("/import/long-paragraph", test_long_paragraph);
  g_test_add_func ("/import/judgement-calls", test_judgement_calls);
  g_test_add_func ("/import/short-lines", test_short_lines);
  g_test_add_func ("/import/not-chrome", test_not_chrome);
  g_test_add_func ("/import/odd-input", test_odd_input);
  g_test_add_func ("/import/note-mid-story", test_note_mid_story);
  g_test_add_func ("/import/kicker", test_kicker);
  g_test_add_func ("/import/repeated-caption", test_repeated_caption);
  g_test_add_func ("/import/byline-leftovers", test_byline_leftovers);
  g_test_add_func ("/import/pure", test_pure);
  g_test_add_func ("/import/cli", test_cli);
  return g_test_run ();
}
