/* rtl-story.h: a short original Arabic story, for the right-to-left tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain copy as a journalist would paste it: headline, byline, a dateline in
 * the first paragraph, and a Latin name inside an Arabic sentence, so that
 * the paragraph holds runs of both directions.
 */
#pragma once

static const char rtl_story[] =
  "مجلس المدينة يقر خطة جديدة للحافلات\n"
  "\n"
  "بقلم سلمى الحداد\n"
  "\n"
  "عمّان - أقر مجلس المدينة يوم الثلاثاء خطة لتوسيع شبكة الحافلات في الأحياء "
  "الشرقية، على أن يبدأ العمل بها في الربيع المقبل.\n"
  "\n"
  "وقال رئيس المجلس إن الخطة تضيف 40 حافلة وخطين إلى الجامعة، وإن كلفتها تبلغ "
  "نحو 12 مليون دينار.\n"
  "\n"
  "وستعرض شاشات في المواقف مواعيد الوصول، كما يعرضها تطبيق Bus Amman الذي "
  "يعمل منذ العام الماضي.\n";

static const char ltr_story[] =
  "Council backs a new bus plan\n"
  "\n"
  "By Jane Doe\n"
  "\n"
  "The city council on Tuesday approved a plan to extend the bus network to the "
  "eastern districts, with work to start next spring.\n";
