/* copydesk-body-buffer.c: the article body as markup, in a text buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document owns this buffer; the body view only shows it. The buffer
 * holds body markup (README.md, "Body markup"). Typing restarts a short
 * timer; when it fires the text becomes the article's body, unless more
 * was typed meanwhile. A CopydeskBodyParser parses only the blocks around
 * what changed and keeps every other block object, so a keystroke in a
 * long story costs a paragraph's parse; a change too large for that (a
 * paste of a whole story) is parsed on a worker thread. Before anything
 * reads the article (save, draft, export) the document flushes it. A parse
 * error is kept in :error and the text stays as typed: nothing is thrown
 * away. Undo and redo are the buffer's own; the parser compares texts,
 * not edits, so they need nothing special. No widget, no display.
 */
#include "config.h"

#include <string.h>

#include "copydesk-body-buffer.h"
#include "copydesk-body-parser.h"

/* Short: the parse is partial, and the preview follows the body at once. */
#define PARSE_DELAY_MS 40
/* From loading a body to teaching it to the parser, on a worker. */
#define PRIME_DELAY_MS 250
/* Re-parsing more than this many bytes goes to a worker thread. */
#define MAIN_THREAD_PARSE_LIMIT (128 * 1024)

struct _CopydeskBodyBuffer
{
  GtkSourceBuffer  parent_instance;

  CopydeskArticle *article;
  CopydeskBody    *last_body;
  CopydeskBodyParser *parser;
  GtkTextTag      *quote_tag;
  char            *error;
  guint            parse_source;
  guint            prime_source;
  guint            n_priming;      /* primes running on a worker thread */
  guint            parse_generation;
  guint            n_parsing;      /* parses running on a worker thread */
  guint            loading : 1;
};

G_DEFINE_FINAL_TYPE (CopydeskBodyBuffer, copydesk_body_buffer, GTK_SOURCE_TYPE_BUFFER)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_ERROR,
  N_PROPS
};

enum {
  ARTICLE_PASTED,
  BODY_PARSED,
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_error (CopydeskBodyBuffer *self,
           const char         *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/* Quotes are indented; a style scheme cannot set margins, so a tag does. */
static void
retag_lines (CopydeskBodyBuffer *self,
             int               first_line,
             int               last_line)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);

  for (int line = first_line; line <= last_line; line++)
    {
      GtkTextIter start, end;

      if (!gtk_text_buffer_get_iter_at_line (buffer, &start, line))
        break;
      end = start;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      gtk_text_iter_forward_char (&end);
      if (gtk_text_iter_get_char (&start) == '>')
        gtk_text_buffer_apply_tag (buffer, self->quote_tag, &start, &end);
      else if (gtk_text_iter_has_tag (&start, self->quote_tag)
               || gtk_text_iter_has_tag (&end, self->quote_tag))
        gtk_text_buffer_remove_tag (buffer, self->quote_tag, &start, &end);
    }
}

/* Loading a long body: only the lines that start a quote need a look. */
static void
tag_quotes_in (CopydeskBodyBuffer *self,
               int               first_line,
               const char       *text,
               int               length)
{
  const char *end = text + length;
  int line = first_line;

  for (const char *p = text; p < end; line++)
    {
      const char *eol = memchr (p, '\n', end - p);

      if (*p == '>')
        retag_lines (self, line, line);
      if (eol == NULL)
        break;
      p = eol + 1;
    }
}

static void
apply_parse (CopydeskBodyBuffer *self,
             CopydeskBody     *body,
             const GError     *error)
{
  if (body == NULL)
    {
      set_error (self, error->message);
      return;
    }
  set_error (self, NULL);
  if (!copydesk_body_equal (body, copydesk_article_get_body (self->article)))
    {
      self->last_body = body;
      copydesk_article_set_body (self->article, body);
    }
  g_signal_emit (self, signals[BODY_PARSED], 0);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CopydeskBodyBuffer *self = source_object;
  GError *error = NULL;
  CopydeskBody *body = copydesk_body_parser_parse (self->parser, task_data, -1, &error);

  if (body == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, body, (GDestroyNotify) copydesk_body_unref);
}

static void
on_parsed (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  CopydeskBodyBuffer *self = COPYDESK_BODY_BUFFER (object);
  guint generation = GPOINTER_TO_UINT (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskBody) body = g_task_propagate_pointer (G_TASK (result), &error);

  self->n_parsing--;
  /* Typed, loaded or flushed since: this parse is out of date. */
  if (generation != self->parse_generation || self->article == NULL)
    return;
  apply_parse (self, body, error);
}

static gboolean
parse_now (gpointer user_data)
{
  CopydeskBodyBuffer *self = user_data;
  g_autoptr(GTask) task = NULL;

  g_autofree char *text = NULL;

  self->parse_source = 0;
  if (self->article == NULL)
    return G_SOURCE_REMOVE;
  text = copydesk_body_buffer_dup_text (self);
  if (copydesk_body_parser_estimate (self->parser, text, -1) <= MAIN_THREAD_PARSE_LIMIT)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CopydeskBody) body = NULL;

      self->parse_generation++;
      body = copydesk_body_parser_parse (self->parser, text, -1, &error);
      apply_parse (self, body, error);
      return G_SOURCE_REMOVE;
    }
  /* The task holds the view, and so the parser, until the thread is done. */
  task = g_task_new (self, NULL, on_parsed, GUINT_TO_POINTER (++self->parse_generation));
  g_task_set_source_tag (task, parse_now);
  g_task_set_task_data (task, g_steal_pointer (&text), g_free);
  self->n_parsing++;
  g_task_run_in_thread (task, parse_thread);
  return G_SOURCE_REMOVE;
}

static void
copydesk_body_buffer_changed (GtkTextBuffer *buffer)
{
  CopydeskBodyBuffer *self = COPYDESK_BODY_BUFFER (buffer);

  if (GTK_TEXT_BUFFER_CLASS (copydesk_body_buffer_parent_class)->changed != NULL)
    GTK_TEXT_BUFFER_CLASS (copydesk_body_buffer_parent_class)->changed (buffer);
  if (self->loading || self->article == NULL)
    return;
  g_signal_emit (self, signals[EDITED], 0);
  self->parse_generation++;
  g_clear_handle_id (&self->parse_source, g_source_remove);
  self->parse_source = g_timeout_add (PARSE_DELAY_MS, parse_now, self);
}

/* Many blocks arriving at once into an empty body is a paste or a drop of a
 * whole story; the window may offer to structure it. */
static gboolean
looks_like_article (const char *text,
                    int         length)
{
  const char *end = text + length;
  guint breaks = 0;

  for (const char *p = text; p + 1 < end; p++)
    if (p[0] == '\n' && p[1] == '\n')
      breaks++;
  return breaks >= 2;
}

/* After the insertion, @location is at the end of what was inserted. */
static void
copydesk_body_buffer_insert_text (GtkTextBuffer *buffer,
                                  GtkTextIter   *location,
                                  const char    *text,
                                  int            length)
{
  CopydeskBodyBuffer *self = COPYDESK_BODY_BUFFER (buffer);
  GtkTextIter start;
  int n_chars;

  GTK_TEXT_BUFFER_CLASS (copydesk_body_buffer_parent_class)->insert_text (buffer, location, text,
                                                                          length);
  if (length < 0)
    length = strlen (text);
  n_chars = g_utf8_strlen (text, length);
  start = *location;
  gtk_text_iter_backward_chars (&start, n_chars);
  if (self->loading)
    tag_quotes_in (self, gtk_text_iter_get_line (&start), text, length);
  else
    retag_lines (self, gtk_text_iter_get_line (&start), gtk_text_iter_get_line (location));
  if (!self->loading && gtk_text_buffer_get_char_count (buffer) == n_chars
      && looks_like_article (text, length))
    g_signal_emit (self, signals[ARTICLE_PASTED], 0);
}

static void
copydesk_body_buffer_delete_range (GtkTextBuffer *buffer,
                                   GtkTextIter   *start,
                                   GtkTextIter   *end)
{
  int line;

  GTK_TEXT_BUFFER_CLASS (copydesk_body_buffer_parent_class)->delete_range (buffer, start, end);
  line = gtk_text_iter_get_line (start);
  retag_lines (COPYDESK_BODY_BUFFER (buffer), line, line);
}

static void
prime_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CopydeskBodyBuffer *self = source_object;
  CopydeskBody *body = g_object_get_data (G_OBJECT (task), "body");

  copydesk_body_parser_prime (self->parser, task_data, body);
  g_task_return_boolean (task, TRUE);
}

static void
on_primed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  COPYDESK_BODY_BUFFER (source)->n_priming--;
}

/**
 * copydesk_body_buffer_get_priming:
 *
 * Whether the parser is still to learn the text loaded last (a short while
 * after loading, in a worker thread); until then an edit is parsed in full.
 */
gboolean
copydesk_body_buffer_get_priming (CopydeskBodyBuffer *self)
{
  g_return_val_if_fail (COPYDESK_IS_BODY_BUFFER (self), FALSE);

  return self->prime_source != 0 || self->n_priming > 0;
}

/* After a body is loaded, the parser learns its text in the background
 * (once the window has drawn), so the first edit is a partial parse too.
 * Not at idle priority: the text view lays out a long body in idles that
 * run for seconds and would starve it. */
static gboolean
prime_parser (gpointer user_data)
{
  CopydeskBodyBuffer *self = user_data;
  g_autoptr(GTask) task = NULL;

  self->prime_source = 0;
  if (self->article == NULL || self->last_body == NULL)
    return G_SOURCE_REMOVE;
  task = g_task_new (self, NULL, on_primed, NULL);
  self->n_priming++;
  g_task_set_source_tag (task, prime_parser);
  g_task_set_task_data (task, copydesk_body_buffer_dup_text (self), g_free);
  g_object_set_data_full (G_OBJECT (task), "body", copydesk_body_ref (self->last_body),
                          (GDestroyNotify) copydesk_body_unref);
  g_task_run_in_thread (task, prime_thread);
  return G_SOURCE_REMOVE;
}

static void
load_body_text (CopydeskBodyBuffer *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);
  g_autofree char *markup = NULL;
  GtkTextIter start;

  g_clear_handle_id (&self->parse_source, g_source_remove);
  self->parse_generation++;
  self->last_body = copydesk_article_get_body (self->article);
  markup = copydesk_body_to_markup (self->last_body);

  self->loading = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, markup, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->loading = FALSE;

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  set_error (self, NULL);
  copydesk_body_parser_reset (self->parser);
  g_clear_handle_id (&self->prime_source, g_source_remove);
  self->prime_source = g_timeout_add (PRIME_DELAY_MS, prime_parser, self);
  g_signal_emit (self, signals[BODY_PARSED], 0);
}

static void
on_article_body (CopydeskBodyBuffer *self)
{
  /* Our own parse coming back needs nothing; anything else reloads. */
  if (copydesk_article_get_body (self->article) != self->last_body)
    load_body_text (self);
}

static void
copydesk_body_buffer_dispose (GObject *object)
{
  CopydeskBodyBuffer *self = COPYDESK_BODY_BUFFER (object);

  g_clear_handle_id (&self->parse_source, g_source_remove);
  g_clear_handle_id (&self->prime_source, g_source_remove);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);
  g_clear_object (&self->article);
  self->last_body = NULL;

  G_OBJECT_CLASS (copydesk_body_buffer_parent_class)->dispose (object);
}

static void
copydesk_body_buffer_finalize (GObject *object)
{
  CopydeskBodyBuffer *self = COPYDESK_BODY_BUFFER (object);

  g_free (self->error);
  copydesk_body_parser_free (self->parser);

  G_OBJECT_CLASS (copydesk_body_buffer_parent_class)->finalize (object);
}

static void
copydesk_body_buffer_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CopydeskBodyBuffer *self = COPYDESK_BODY_BUFFER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: g_value_set_object (value, self->article); break;
    case PROP_ERROR: g_value_set_string (value, self->error); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_body_buffer_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CopydeskBodyBuffer *self = COPYDESK_BODY_BUFFER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: copydesk_body_buffer_set_article (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_body_buffer_constructed (GObject *object)
{
  CopydeskBodyBuffer *self = COPYDESK_BODY_BUFFER (object);
  GtkSourceBuffer *source = GTK_SOURCE_BUFFER (self);
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  G_OBJECT_CLASS (copydesk_body_buffer_parent_class)->constructed (object);

  gtk_source_buffer_set_language (source,
                                  gtk_source_language_manager_get_language (languages,
                                                                            "copydesk-body"));
  gtk_source_buffer_set_highlight_matching_brackets (source, FALSE);
  gtk_text_buffer_set_enable_undo (GTK_TEXT_BUFFER (self), TRUE);
  self->quote_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self), "copydesk-quote",
                                                "left-margin", 56,
                                                "right-margin", 40,
                                                NULL);
}

static void
copydesk_body_buffer_class_init (CopydeskBodyBufferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkTextBufferClass *buffer_class = GTK_TEXT_BUFFER_CLASS (klass);

  object_class->constructed = copydesk_body_buffer_constructed;
  object_class->dispose = copydesk_body_buffer_dispose;
  object_class->finalize = copydesk_body_buffer_finalize;
  object_class->get_property = copydesk_body_buffer_get_property;
  object_class->set_property = copydesk_body_buffer_set_property;
  buffer_class->changed = copydesk_body_buffer_changed;
  buffer_class->insert_text = copydesk_body_buffer_insert_text;
  buffer_class->delete_range = copydesk_body_buffer_delete_range;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, COPYDESK_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * CopydeskBodyBuffer:error:
   *
   * Why the text, as typed, is not the body (it is kept as typed); %NULL
   * when it is.
   */
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CopydeskBodyBuffer::article-pasted:
   *
   * Several blocks of text arrived at once in an empty body.
   */
  signals[ARTICLE_PASTED] = g_signal_new ("article-pasted", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  /**
   * CopydeskBodyBuffer::body-parsed:
   *
   * The text and the article's body agree again: the text was parsed into
   * the body (which may be unchanged), or a new body was loaded as text.
   */
  signals[BODY_PARSED] = g_signal_new ("body-parsed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);
  /**
   * CopydeskBodyBuffer::edited:
   *
   * The text was changed by an edit (typing, paste, undo), not by loading
   * a body: there is something to save, before the body is even parsed.
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);
}

static void
copydesk_body_buffer_init (CopydeskBodyBuffer *self)
{
  self->parser = copydesk_body_parser_new ();
}

CopydeskBodyBuffer *
copydesk_body_buffer_new (void)
{
  return g_object_new (COPYDESK_TYPE_BODY_BUFFER, NULL);
}

CopydeskArticle *
copydesk_body_buffer_get_article (CopydeskBodyBuffer *self)
{
  g_return_val_if_fail (COPYDESK_IS_BODY_BUFFER (self), NULL);

  return self->article;
}

/* Shows @article's body as text, and parses what is typed into it. */
void
copydesk_body_buffer_set_article (CopydeskBodyBuffer *self,
                                  CopydeskArticle    *article)
{
  g_return_if_fail (COPYDESK_IS_BODY_BUFFER (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  if (self->article == article)
    return;
  if (self->article != NULL)
    {
      /* Text typed into the old article must not be lost. */
      copydesk_body_buffer_flush (self);
      g_signal_handlers_disconnect_by_data (self->article, self);
    }
  g_set_object (&self->article, article);
  if (article != NULL)
    {
      g_signal_connect_object (article, "notify::body", G_CALLBACK (on_article_body), self,
                               G_CONNECT_SWAPPED);
      load_body_text (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/* Parses what is typed into the article now, rather than after the delay. */
void
copydesk_body_buffer_flush (CopydeskBodyBuffer *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskBody) body = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (COPYDESK_IS_BODY_BUFFER (self));

  g_clear_handle_id (&self->parse_source, g_source_remove);
  self->parse_generation++;
  if (self->article == NULL)
    return;
  text = copydesk_body_buffer_dup_text (self);
  body = copydesk_body_parser_parse (self->parser, text, -1, &error);
  apply_parse (self, body, error);
}

/* A parse is due or running: the article's body is behind the text. */
gboolean
copydesk_body_buffer_get_pending (CopydeskBodyBuffer *self)
{
  g_return_val_if_fail (COPYDESK_IS_BODY_BUFFER (self), FALSE);

  return self->parse_source != 0;
}

const char *
copydesk_body_buffer_get_error (CopydeskBodyBuffer *self)
{
  g_return_val_if_fail (COPYDESK_IS_BODY_BUFFER (self), NULL);

  return self->error;
}

char *
copydesk_body_buffer_dup_text (CopydeskBodyBuffer *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (COPYDESK_IS_BODY_BUFFER (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self), &start, &end, TRUE);
}

/* Block mapping. The text is cut into groups at blank lines; each group is
 * parsed alone to learn how many blocks it holds (a group is usually one
 * block, but a paragraph followed at once by a list is two). */

typedef gboolean (*GroupVisitor) (GtkTextIter *group_start,
                                  guint        first_block,
                                  guint        n_blocks,
                                  gpointer     user_data);

static gboolean
line_is_blank (const GtkTextIter *line_start)
{
  GtkTextIter iter = *line_start;

  while (!gtk_text_iter_ends_line (&iter))
    {
      if (!g_unichar_isspace (gtk_text_iter_get_char (&iter)))
        return FALSE;
      gtk_text_iter_forward_char (&iter);
    }
  return TRUE;
}

static guint
count_blocks (GtkTextIter *start,
              GtkTextIter *end)
{
  g_autofree char *text = gtk_text_iter_get_text (start, end);
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (text, -1, NULL);

  /* Unparseable text still occupies a place for the cursor. */
  return body != NULL ? MAX (copydesk_body_get_n_blocks (body), 1) : 1;
}

static void
visit_groups (CopydeskBodyBuffer *self,
              GroupVisitor      visit,
              gpointer          user_data)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);
  GtkTextIter iter;
  guint block = 0;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (!gtk_text_iter_is_end (&iter))
    {
      GtkTextIter group_start, group_end;
      guint n;

      while (line_is_blank (&iter) && gtk_text_iter_forward_line (&iter))
        ;
      if (line_is_blank (&iter))
        break;
      group_start = group_end = iter;
      while (!line_is_blank (&group_end) && gtk_text_iter_forward_line (&group_end))
        ;
      n = count_blocks (&group_start, &group_end);
      if (!visit (&group_start, block, n, user_data))
        return;
      block += n;
      iter = group_end;
    }
}

typedef struct
{
  int   cursor_offset;
  guint block;
} AtCursor;

static gboolean
find_block_at_cursor (GtkTextIter *group_start,
                      guint        first_block,
                      guint        n_blocks,
                      gpointer     user_data)
{
  AtCursor *at = user_data;

  if (gtk_text_iter_get_offset (group_start) > at->cursor_offset)
    return FALSE;
  at->block = first_block;
  return TRUE;
}

/* The parser's map of the text it parsed last answers at once, where the
 * walk above parses every group up to the cursor (a long story's worth
 * when one types at its end): usable when that text is the buffer's. */
static gboolean
block_from_parser (CopydeskBodyBuffer *self,
                   const GtkTextIter  *cursor,
                   guint              *block)
{
  GtkTextIter line = *cursor;
  guint n_blocks;

  if (self->parse_source != 0 || self->n_parsing > 0 || self->article == NULL)
    return FALSE;
  /* On a blank line: the block before it, as the walk says. */
  gtk_text_iter_set_line_offset (&line, 0);
  while (line_is_blank (&line))
    if (!gtk_text_iter_backward_line (&line))
      return FALSE;
  if (!copydesk_body_parser_block_at (self->parser, gtk_text_iter_get_offset (&line),
                                      gtk_text_buffer_get_char_count (GTK_TEXT_BUFFER (self)),
                                      block))
    return FALSE;
  n_blocks = copydesk_body_get_n_blocks (copydesk_article_get_body (self->article));
  if (n_blocks > 0 && *block >= n_blocks)
    *block = n_blocks - 1;
  return TRUE;
}

/**
 * copydesk_body_buffer_get_block_at_cursor:
 *
 * Returns: the index, in the article's body, of the block the cursor is in
 *   (or the block before it, when the cursor is on a blank line)
 */
guint
copydesk_body_buffer_get_block_at_cursor (CopydeskBodyBuffer *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter cursor;
  AtCursor at = { 0, 0 };

  g_return_val_if_fail (COPYDESK_IS_BODY_BUFFER (self), 0);

  buffer = GTK_TEXT_BUFFER (self);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  if (block_from_parser (self, &cursor, &at.block))
    return at.block;
  at.cursor_offset = gtk_text_iter_get_offset (&cursor);
  visit_groups (self, find_block_at_cursor, &at);
  return at.block;
}

typedef struct
{
  guint       wanted;
  GtkTextIter found;
  gboolean    have;
} ToBlock;

static gboolean
find_block_start (GtkTextIter *group_start,
                  guint        first_block,
                  guint        n_blocks,
                  gpointer     user_data)
{
  ToBlock *to = user_data;

  to->found = *group_start;
  to->have = TRUE;
  return first_block + n_blocks <= to->wanted;
}

/* Puts the cursor at the start of block @index (the last block when there
 * are fewer); the view scrolls to it. */
void
copydesk_body_buffer_place_cursor_at_block (CopydeskBodyBuffer *self,
                                          guint             index)
{
  GtkTextBuffer *buffer;
  ToBlock to = { index, { 0, }, FALSE };

  g_return_if_fail (COPYDESK_IS_BODY_BUFFER (self));

  buffer = GTK_TEXT_BUFFER (self);
  visit_groups (self, find_block_start, &to);
  if (!to.have)
    gtk_text_buffer_get_start_iter (buffer, &to.found);
  gtk_text_buffer_place_cursor (buffer, &to.found);
}

/* The line break to put after a placement that ends at @line_end: none
 * when a blank line (or the end) already follows, so exactly one blank
 * line separates it from the next block. */
static const char *
placement_suffix (const GtkTextIter *line_end)
{
  GtkTextIter next = *line_end;

  gtk_text_iter_forward_line (&next);
  return line_is_blank (&next) ? "" : "\n";
}

/* Inserts "[photo: ID]" as a block of its own after the cursor's line, with
 * one blank line on each side, as one undoable step; the cursor ends after
 * it. */
void
copydesk_body_buffer_insert_placement (CopydeskBodyBuffer *self,
                                     const char       *photo_id)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter, before;
  g_autofree char *line = NULL;
  gboolean at_start;
  const char *prefix;

  g_return_if_fail (COPYDESK_IS_BODY_BUFFER (self));
  g_return_if_fail (copydesk_photo_id_is_valid (photo_id));

  buffer = GTK_TEXT_BUFFER (self);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if (!gtk_text_iter_ends_line (&iter))
    gtk_text_iter_forward_to_line_end (&iter);
  before = iter;
  at_start = gtk_text_iter_is_start (&iter);
  gtk_text_iter_set_line_offset (&before, 0);
  prefix = at_start ? "" : line_is_blank (&before) ? "\n" : "\n\n";
  line = g_strdup_printf ("%s[photo: %s]%s", prefix, photo_id, placement_suffix (&iter));

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert (buffer, &iter, line, -1);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_end_user_action (buffer);
  copydesk_body_buffer_flush (self);
}
