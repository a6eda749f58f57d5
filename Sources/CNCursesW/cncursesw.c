#include "cncursesw.h"
#include <locale.h>
#include <signal.h>
#include <ncursesw/curses.h>

static SCREEN *screen = NULL;

int cc_start(void) {
    setlocale(LC_ALL, "");
    screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return -1;
    set_term(screen);
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    return 0;
}

void cc_stop(void) {
    if (screen == NULL) return;
    curs_set(1);
    endwin();
    delscreen(screen);
    screen = NULL;
}

static void restore_and_reraise(int signal_number) {
    endwin();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

void cc_restore_on_fatal_signals(void) {
    int signals[] = {SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGABRT, SIGQUIT};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], restore_and_reraise);
}

void cc_suspend(void) {
    def_prog_mode();
    endwin();
}

void cc_resume(void) {
    reset_prog_mode();
    clearok(stdscr, TRUE);
    refresh();
}

int cc_lines(void) { return LINES; }
int cc_cols(void) { return COLS; }
int cc_has_colors(void) { return has_colors(); }
int cc_colors(void) { return COLORS; }

int cc_read(int timeout_ms, unsigned int *ch) {
    wint_t value = 0;
    timeout(timeout_ms);
    int kind = get_wch(&value);
    if (kind == ERR) return -1;
    *ch = (unsigned int)value;
    return kind == KEY_CODE_YES ? 1 : 0;
}

void cc_put(int y, int x, const wchar_t *text, int bold, int reverse, int dim, int underline, int pair) {
    attr_t attributes = A_NORMAL;
    if (bold) attributes |= A_BOLD;
    if (reverse) attributes |= A_REVERSE;
    if (dim) attributes |= A_DIM;
    if (underline) attributes |= A_UNDERLINE;
    cchar_t cell;
    setcchar(&cell, text, attributes, (short)pair, NULL);
    mvadd_wch(y, x, &cell);
}

void cc_define_pair(int pair, int fg, int bg) { init_pair((short)pair, (short)fg, (short)bg); }
void cc_refresh(void) { refresh(); }
void cc_clear(void) { clearok(stdscr, TRUE); }
void cc_cursor(int visible, int y, int x) {
    curs_set(visible ? 1 : 0);
    if (visible) move(y, x);
}

int cc_key_resize(void) { return KEY_RESIZE; }
int cc_key_up(void) { return KEY_UP; }
int cc_key_down(void) { return KEY_DOWN; }
int cc_key_left(void) { return KEY_LEFT; }
int cc_key_right(void) { return KEY_RIGHT; }
int cc_key_home(void) { return KEY_HOME; }
int cc_key_end(void) { return KEY_END; }
int cc_key_backspace(void) { return KEY_BACKSPACE; }
int cc_key_dc(void) { return KEY_DC; }
int cc_key_enter(void) { return KEY_ENTER; }
int cc_key_npage(void) { return KEY_NPAGE; }
int cc_key_ppage(void) { return KEY_PPAGE; }
int cc_key_btab(void) { return KEY_BTAB; }
