// A thin C shim over ncursesw for Swift 6: the globals stdscr, LINES and COLS are not
// concurrency-safe in Swift, and several curses "functions" are macros, so each gets a
// real function here. Only the terminal backend of ConseilTUI includes this module.
#ifndef CNCURSESW_H
#define CNCURSESW_H

#define _XOPEN_SOURCE_EXTENDED 1
#include <stdio.h>
#include <wchar.h>

/// Starts curses on the terminal named by $TERM; returns 0, or -1 when the terminal is unknown
/// (newterm, unlike initscr, returns instead of exiting the process).
int cc_start(void);
void cc_stop(void);
/// Restores the terminal before the process dies of SIGTERM, SIGHUP, SIGSEGV, SIGBUS or SIGABRT.
void cc_restore_on_fatal_signals(void);
/// Gives the terminal to another program ($EDITOR) and takes it back afterwards.
void cc_suspend(void);
void cc_resume(void);
int cc_lines(void);
int cc_cols(void);
int cc_has_colors(void);
/// How many colours the terminal has (COLORS: 8, 16, 256…), once colour has started.
int cc_colors(void);
/// Reads one key with a timeout in milliseconds. Returns 0 for a character (in *ch),
/// 1 for a function key (in *ch, a KEY_ code), -1 when nothing came.
int cc_read(int timeout_ms, unsigned int *ch);
/// Draws one character cell with attributes: bold, reverse, dim, underline, and a colour pair.
void cc_put(int y, int x, const wchar_t *text, int bold, int reverse, int dim, int underline, int pair);
void cc_define_pair(int pair, int fg, int bg);
void cc_refresh(void);
void cc_clear(void);
void cc_cursor(int visible, int y, int x);
/// Key codes the Swift side needs, which are macros in curses.h.
int cc_key_resize(void);
int cc_key_up(void);
int cc_key_down(void);
int cc_key_left(void);
int cc_key_right(void);
int cc_key_home(void);
int cc_key_end(void);
int cc_key_backspace(void);
int cc_key_dc(void);
int cc_key_enter(void);
int cc_key_npage(void);
int cc_key_ppage(void);
int cc_key_btab(void);

#endif
