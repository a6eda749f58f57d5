// zlib, to read the gzip-compressed console fonts of /usr/share/consolefonts.
#include <zlib.h>
