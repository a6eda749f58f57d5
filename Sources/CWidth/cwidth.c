#define _GNU_SOURCE
#include "cwidth.h"
#include <locale.h>
#include <pthread.h>
#include <wchar.h>

static locale_t utf8 = (locale_t)0;
static pthread_once_t once = PTHREAD_ONCE_INIT;

// Glibc has C.UTF-8 built in from 2.35; older systems call it C.utf8 or have en_US.UTF-8.
static void open_utf8(void) {
    const char *names[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8"};
    for (unsigned i = 0; i < sizeof names / sizeof names[0] && utf8 == (locale_t)0; i++) {
        utf8 = newlocale(LC_CTYPE_MASK, names[i], (locale_t)0);
    }
}

int cw_columns(unsigned int scalar) {
    pthread_once(&once, open_utf8);
    if (utf8 == (locale_t)0) return -1;
    // uselocale changes only the calling thread's locale, and only for this call.
    locale_t previous = uselocale(utf8);
    int columns = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return columns;
}
