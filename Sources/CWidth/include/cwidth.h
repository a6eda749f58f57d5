#ifndef CWIDTH_H
#define CWIDTH_H

/// Terminal columns of one Unicode scalar by the C library's wcwidth, read in a UTF-8 locale of
/// its own whatever the process's locale: 2 wide, 1, 0 combining, -1 not printable or unknown.
int cw_columns(unsigned int scalar);

#endif
