/* bench-keys.c: an editor's opening, typing and memory, seen from outside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: build-aux/bench runs it under a virtual X server, on Copydesk
 * and on the plain editors it is compared with, each opening the same text.
 * It starts the editor (the command after "--"), finds its window by
 * _NET_WM_PID, sizes it, and watches it with the X DAMAGE extension:
 *
 * - open: from the start of the process to the last damage before the
 *   window has stayed still for --quiet ms (the settled frame);
 * - keys: clicks at --click (fractions of the window), then sends --keys
 *   real key events through XTest, one every --interval ms ("x", and a space
 *   every sixth), and times each from the key press to the first damage
 *   that follows it: the frame that shows the key;
 * - preview (with --preview FX): five single keys after a pause, each timed
 *   to the first damage right of FX (fraction of the width): the preview's
 *   repaint, its pause after typing included;
 * - memory: VmHWM and VmRSS of the process after typing.
 *
 * Prints one line of key=value pairs (times in ms, memory in KiB) and ends
 * the editor. Only Xlib, XTest and XDamage: it builds with cc, outside meson.
 */
#define _GNU_SOURCE
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/Xdamage.h>
#include <X11/keysym.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct
{
  Display *dpy;
  Window   win;
  int      damage_event;
  Damage   damage;
  double   last_damage;
  int      region_x;      /* damage reaching past this x is the preview's */
  double   region_damage; /* the first such damage since it was reset */
} Watch;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static long
window_pid (Display *dpy,
            Window   win)
{
  Atom pid_atom = XInternAtom (dpy, "_NET_WM_PID", False);
  Atom type;
  int format;
  unsigned long n, after;
  unsigned char *data = NULL;
  long pid = -1;

  if (XGetWindowProperty (dpy, win, pid_atom, 0, 1, False, XA_CARDINAL, &type, &format,
                          &n, &after, &data) == Success && data != NULL)
    {
      if (n == 1 && format == 32)
        pid = *(long *) data;
      XFree (data);
    }
  return pid;
}

/* A viewable top-level window of @pid bigger than a tooltip, or None. */
static Window
find_window (Display *dpy,
             pid_t    pid)
{
  Window root, parent, *children = NULL, found = None;
  unsigned int n;

  if (!XQueryTree (dpy, DefaultRootWindow (dpy), &root, &parent, &children, &n))
    return None;
  for (unsigned int i = 0; i < n && found == None; i++)
    {
      XWindowAttributes attrs;

      if (XGetWindowAttributes (dpy, children[i], &attrs) && attrs.map_state == IsViewable
          && attrs.width > 200 && (pid == 0 || window_pid (dpy, children[i]) == pid))
        found = children[i];
    }
  if (children != NULL)
    XFree (children);
  return found;
}

/* Handles what the server sent; waits up to @timeout ms for it when nothing
 * is queued. Returns the time of the first damage seen, or -1. */
static double
pump (Watch  *w,
      double  timeout)
{
  double first = -1;
  struct pollfd pfd = { ConnectionNumber (w->dpy), POLLIN, 0 };

  if (XPending (w->dpy) == 0 && timeout > 0)
    poll (&pfd, 1, (int) timeout);
  while (XPending (w->dpy) > 0)
    {
      XEvent ev;

      XNextEvent (w->dpy, &ev);
      if (ev.type == w->damage_event + XDamageNotify)
        {
          XDamageNotifyEvent *notify = (XDamageNotifyEvent *) &ev;
          double t = now_ms ();

          if (getenv ("BENCH_KEYS_DEBUG") != NULL && w->region_x > 0)
            fprintf (stderr, "%.1f damage %d,%d %dx%d\n", t, notify->area.x, notify->area.y,
                     notify->area.width, notify->area.height);
          if (w->region_x > 0 && notify->area.x + notify->area.width > w->region_x && w->region_damage < 0)
            w->region_damage = t;
          w->last_damage = t;
          if (first < 0)
            first = t;
        }
    }
  return first;
}

/* Until the window has not changed for @quiet ms (or @limit ms passed). */
static void
settle (Watch  *w,
        double  quiet,
        double  limit)
{
  double end = now_ms () + limit;

  while (now_ms () < end && now_ms () - w->last_damage < quiet)
    pump (w, 10);
}

static void
click (Watch  *w,
       double  fx,
       double  fy)
{
  XWindowAttributes attrs;
  Window child;
  int x, y;

  XGetWindowAttributes (w->dpy, w->win, &attrs);
  XTranslateCoordinates (w->dpy, w->win, DefaultRootWindow (w->dpy), (int) (attrs.width * fx),
                         (int) (attrs.height * fy), &x, &y, &child);
  XTestFakeMotionEvent (w->dpy, DefaultScreen (w->dpy), x, y, CurrentTime);
  XTestFakeButtonEvent (w->dpy, 1, True, CurrentTime);
  XTestFakeButtonEvent (w->dpy, 1, False, CurrentTime);
  XFlush (w->dpy);
}

/* BENCH_KEYS_SHOT=FILE.ppm, BENCH_KEYS_SHOT_AFTER=FILE.ppm: what the window
 * showed before and after typing, to check where the keys went. */
static void
screenshot (Watch      *w,
            const char *variable)
{
  const char *path = getenv (variable);
  XWindowAttributes attrs;
  XImage *image;
  FILE *f;

  if (path == NULL || (f = fopen (path, "wb")) == NULL)
    return;
  XGetWindowAttributes (w->dpy, w->win, &attrs);
  image = XGetImage (w->dpy, w->win, 0, 0, attrs.width, attrs.height, AllPlanes, ZPixmap);
  fprintf (f, "P6\n%d %d\n255\n", attrs.width, attrs.height);
  for (int y = 0; image != NULL && y < attrs.height; y++)
    for (int x = 0; x < attrs.width; x++)
      {
        unsigned long p = XGetPixel (image, x, y);
        unsigned char rgb[3] = { (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff };

        fwrite (rgb, 1, 3, f);
      }
  if (image != NULL)
    XDestroyImage (image);
  fclose (f);
}

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
memory (pid_t  pid,
        long  *hwm,
        long  *rss)
{
  char path[64], line[256];
  FILE *f;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  f = fopen (path, "r");
  *hwm = *rss = -1;
  if (f == NULL)
    return;
  while (fgets (line, sizeof line, f) != NULL)
    {
      sscanf (line, "VmHWM: %ld", hwm);
      sscanf (line, "VmRSS: %ld", rss);
    }
  fclose (f);
}

/* Sends the keys; returns how many got no frame within a second. */
static int
type_keys (Watch  *w,
           int     n_keys,
           double  interval,
           double *latency)
{
  KeyCode x = XKeysymToKeycode (w->dpy, XK_x);
  KeyCode space = XKeysymToKeycode (w->dpy, XK_space);
  int missed = 0;

  for (int i = 0; i < n_keys; i++)
    {
      KeyCode code = i % 6 == 5 ? space : x;
      double start, frame = -1;

      pump (w, 0);
      start = now_ms ();
      XTestFakeKeyEvent (w->dpy, code, True, CurrentTime);
      XTestFakeKeyEvent (w->dpy, code, False, CurrentTime);
      XFlush (w->dpy);
      while (frame < 0 && now_ms () - start < 1000)
        frame = pump (w, 1000 - (now_ms () - start));
      if (frame < 0)
        {
          missed++;
          latency[i] = 1000;
        }
      else
        latency[i] = frame - start;
      while (now_ms () - start < interval)
        pump (w, interval - (now_ms () - start));
    }
  return missed;
}

/* One key at a time, after a pause: from the key to the first damage right
 * of --preview (the preview's repaint, its debounce included). */
static void
time_preview (Watch  *w,
              double  fx,
              int     n)
{
  KeyCode x = XKeysymToKeycode (w->dpy, XK_x);
  XWindowAttributes attrs;
  double *latency = calloc (n, sizeof *latency);
  int missed = 0;

  XGetWindowAttributes (w->dpy, w->win, &attrs);
  w->region_x = (int) (attrs.width * fx);
  for (int i = 0; i < n; i++)
    {
      double start;

      settle (w, 700, 10000);
      w->region_damage = -1;
      start = now_ms ();
      XTestFakeKeyEvent (w->dpy, x, True, CurrentTime);
      XTestFakeKeyEvent (w->dpy, x, False, CurrentTime);
      XFlush (w->dpy);
      while (w->region_damage < 0 && now_ms () - start < 3000)
        pump (w, 10);
      missed += w->region_damage < 0;
      latency[i] = w->region_damage < 0 ? 3000 : w->region_damage - start;
    }
  qsort (latency, n, sizeof *latency, compare);
  printf (" preview_median=%.1f preview_min=%.1f preview_max=%.1f preview_missed=%d",
          latency[n / 2], latency[0], latency[n - 1], missed);
  free (latency);
}

static void
report_keys (double *latency,
             int     n,
             int     missed)
{
  int over = 0;

  for (int i = 0; i < n; i++)
    over += latency[i] > 1000.0 / 60;
  qsort (latency, n, sizeof *latency, compare);
  printf (" keys=%d key_median=%.2f key_p10=%.2f key_p90=%.2f key_max=%.2f over_frame=%d"
          " missed=%d", n, latency[n / 2], latency[n / 10], latency[(n * 9) / 10],
          latency[n - 1], over, missed);
}

typedef struct
{
  int    keys;
  double interval, quiet, fx, fy, preview;
  int    width, height;
  char **command;
} Options;

static int
parse (int      argc,
       char   **argv,
       Options *o)
{
  *o = (Options) { 150, 80, 1500, 0.3, 0.5, 0, 1280, 800, NULL };
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0 && i + 1 < argc)
        {
          o->command = argv + i + 1;
          return 0;
        }
      if (i + 1 >= argc)
        break;
      if (strcmp (argv[i], "--keys") == 0)
        o->keys = atoi (argv[++i]);
      else if (strcmp (argv[i], "--interval") == 0)
        o->interval = atof (argv[++i]);
      else if (strcmp (argv[i], "--preview") == 0)
        o->preview = atof (argv[++i]);
      else if (strcmp (argv[i], "--quiet") == 0)
        o->quiet = atof (argv[++i]);
      else if (strcmp (argv[i], "--click") == 0)
        {
          if (sscanf (argv[++i], "%lf,%lf", &o->fx, &o->fy) != 2)
            return -1;
        }
      else
        return -1;
    }
  return -1;
}

static pid_t
start (char **command)
{
  pid_t pid = fork ();

  if (pid == 0)
    {
      execvp (command[0], command);
      perror (command[0]);
      _exit (127);
    }
  return pid;
}

int
main (int   argc,
      char *argv[])
{
  Options o;
  Watch w = { 0 };
  int error_base, status;
  double t0, *latency;
  long hwm, rss;
  pid_t pid;

  if (parse (argc, argv, &o) != 0)
    {
      fprintf (stderr, "usage: %s [--keys N] [--interval MS] [--quiet MS] [--click FX,FY]"
               " -- COMMAND...\n", argv[0]);
      return 2;
    }
  w.dpy = XOpenDisplay (NULL);
  if (w.dpy == NULL || !XDamageQueryExtension (w.dpy, &w.damage_event, &error_base))
    {
      fprintf (stderr, "bench-keys: no X display with the DAMAGE extension\n");
      return 77;
    }
  t0 = now_ms ();
  pid = start (o.command);
  /* BENCH_KEYS_ANY_WINDOW: the editor runs under a wrapper (perf record) */
  while ((w.win = find_window (w.dpy, getenv ("BENCH_KEYS_ANY_WINDOW") ? 0 : pid)) == None
         && now_ms () - t0 < 60000)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          fprintf (stderr, "bench-keys: %s ended before showing a window\n", o.command[0]);
          return 1;
        }
      usleep (5000);
    }
  if (w.win == None)
    {
      fprintf (stderr, "bench-keys: %s showed no window within a minute\n", o.command[0]);
      kill (pid, SIGKILL);
      return 1;
    }
  w.damage = XDamageCreate (w.dpy, w.win, XDamageReportRawRectangles);
  w.last_damage = now_ms ();
  XResizeWindow (w.dpy, w.win, o.width, o.height);
  settle (&w, o.quiet, 60000);
  printf ("open_ms=%.1f", w.last_damage - t0);

  XSetInputFocus (w.dpy, w.win, RevertToParent, CurrentTime);
  click (&w, o.fx, o.fy);
  settle (&w, 500, 10000);
  screenshot (&w, "BENCH_KEYS_SHOT");
  latency = calloc (o.keys, sizeof *latency);
  report_keys (latency, o.keys, type_keys (&w, o.keys, o.interval, latency));
  if (o.preview > 0)
    time_preview (&w, o.preview, 5);
  settle (&w, 500, 10000);
  screenshot (&w, "BENCH_KEYS_SHOT_AFTER");
  memory (pid, &hwm, &rss);
  printf (" hwm_kib=%ld rss_kib=%ld\n", hwm, rss);
  kill (pid, SIGTERM);
  usleep (300000);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  XCloseDisplay (w.dpy);
  return 0;
}
