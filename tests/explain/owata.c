// SPDX-License-Identifier: GPL-2.0
/*
 * A program like the seed's: it prints three lines and dies with
 * "Segmentation fault". Its recursion has no end; RLIMIT_STACK is one.
 * `make explain PROG=build/rhel6/unit/explain/owata` tells why it died.
 */
#include <stdio.h>

static int __attribute__((noinline)) owata(volatile int n)
{
	volatile char frame[4096];

	if (n < 0)	/* never: n only grows; keeps the recursion honest */
		return 0;
	if (n < 3)
		printf("\xef\xbc\xbc(^o^)\xef\xbc\x8f\n");
	frame[0] = (char)n;
	return owata(n + 1) + frame[0];
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	return owata(0);
}
