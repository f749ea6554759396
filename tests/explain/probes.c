// SPDX-License-Identifier: GPL-2.0
/*
 * fkprobe NAME: small programs that fault on purpose, one per kind of
 * page fault, for the differential suite (differential.py) and for the
 * launcher's bad-input checks. `fkprobe --list` names them with their
 * role. x86_64 only: the stack probes move %rsp in inline assembly.
 *
 * Probes whose access the host may resolve without a signal (the stack
 * grows) announce it to the capture library first, so that the host's
 * "no signal" is a verdict that can be compared too.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "capture.h"

#define PAGE		4096UL
#define CUSHION		(65536 + 32 * sizeof(unsigned long))
#define KERNEL_ADDR	0xffffffff81000000UL	/* x86_64 kernel text */

struct probe {
	const char *name;
	const char *role;	/* differential, input */
	int (*fn)(void);
	const char *what;
};

static int *volatile null_ptr;

static int fail(const char *what)
{
	fprintf(stderr, "fkprobe: %s\n", what);
	return 2;
}

static void *map_page(int prot)
{
	void *p = mmap(NULL, PAGE, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED) {
		perror("fkprobe: mmap");
		exit(2);
	}
	return p;
}

/* [stack]'s bounds from /proc/self/maps. */
static int stack_vma(unsigned long *start, unsigned long *end)
{
	char line[512];
	FILE *f = fopen("/proc/self/maps", "r");
	int found = 0;

	while (f && !found && fgets(line, sizeof(line), f))
		found = strstr(line, "[stack]") &&
			sscanf(line, "%lx-%lx", start, end) == 2;
	if (f)
		fclose(f);
	return found ? 0 : -1;
}

/* Writes a word at @addr with %rsp moved to @sp for that one store. */
static void __attribute__((noinline)) store_with_sp(unsigned long addr,
						    unsigned long sp)
{
	__asm__ volatile("mov %%rsp, %%rbx\n\t"
			 "mov %[sp], %%rsp\n\t"
			 "movq $0x5a, (%[addr])\n\t"
			 "mov %%rbx, %%rsp"
			 : : [sp] "r"(sp), [addr] "r"(addr)
			 : "rbx", "memory");
}

/* An access the host may resolve silently, announced to the library. */
static void announced_store(unsigned long addr, unsigned long sp)
{
	fk_announce_fn announce;
	fk_survived_fn survived;

	announce = (fk_announce_fn)dlsym(RTLD_DEFAULT, FK_ANNOUNCE_SYM);
	survived = (fk_survived_fn)dlsym(RTLD_DEFAULT, FK_SURVIVED_SYM);
	if (announce)
		announce(addr, FK_PF_USER | FK_PF_WRITE, sp,
			 (unsigned long)store_with_sp);
	store_with_sp(addr, sp);
	if (survived)
		survived();
	printf("fkprobe: the store at %#lx (sp %#lx) completed\n", addr, sp);
}

static int null_read(void)
{
	return *null_ptr;
}

static int readonly_write(void)
{
	volatile char *p = map_page(PROT_READ);

	*p = 1;
	return 0;
}

static int prot_none_read(void)
{
	volatile char *p = map_page(PROT_NONE);

	return *p;
}

static int kernel_read(void)
{
	return *(volatile int *)KERNEL_ADDR;
}

static int __attribute__((noinline)) recurse(volatile int *depth)
{
	volatile char frame[1024];

	frame[0] = (char)*depth;
	if (++*depth < 0)
		return frame[0];
	return recurse(depth) + frame[0];
}

/* Like the seed's program: recursion until RLIMIT_STACK (8 MiB here). */
static int stack_overflow(void)
{
	struct rlimit rl = { 8UL << 20, 8UL << 20 };
	volatile int depth = 0;

	if (setrlimit(RLIMIT_STACK, &rl))
		return fail("setrlimit(RLIMIT_STACK, 8 MiB) failed");
	return recurse(&depth);
}

/*
 * sp is moved near the bottom of [stack] and a word stored @below bytes
 * under it, well below the vma: stack growth, checked against the cushion
 * by 2.6.32, not by Linux 5.0 and later.
 */
static int store_below_sp(unsigned long below)
{
	unsigned long start, end, sp;

	if (stack_vma(&start, &end))
		return fail("no [stack] in /proc/self/maps");
	sp = start + 256;
	announced_store(sp - below, sp);
	return 0;
}

static int stack_cushion_edge(void)
{
	return store_below_sp(CUSHION);
}

static int stack_below_cushion(void)
{
	return store_below_sp(CUSHION + 8);
}

/* A shared mapping of two pages of a file then cut to 100 bytes. */
static int file_past_eof(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	volatile char *p;
	int fd;

	snprintf(path, sizeof(path), "%s/fkprobe-eof.%d", dir ? dir : "/tmp",
		 (int)getpid());
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || ftruncate(fd, 2 * PAGE))
		return fail("cannot make the file to map");
	p = mmap(NULL, 2 * PAGE, PROT_READ, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED || ftruncate(fd, 100))
		return fail("cannot map or truncate the file");
	printf("fkprobe: reading page 1 of %s, now 100 bytes long\n", path);
	fflush(stdout);
	return p[PAGE];
}

/* A "ret" written to a read-write page, then called: NX stops it. */
static int exec_nx(void)
{
	unsigned char *p = map_page(PROT_READ | PROT_WRITE);
	void (*fn)(void);

	p[0] = 0xc3;
	memcpy(&fn, &p, sizeof(fn));
	fn();
	return 0;
}

/* A page mapped @gap bytes below [stack]'s start; returns its start. */
static int map_below_stack(unsigned long gap, unsigned long *start)
{
	unsigned long end, at;
	void *p;

	if (stack_vma(start, &end))
		return fail("no [stack] in /proc/self/maps");
	at = *start - gap - PAGE;
	p = mmap((void *)at, PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (p != (void *)at)
		return fail("cannot map a page below [stack]");
	return 0;
}

/* Stack growth to 60 KiB above another mapping: into the host's gap. */
static int stack_guard_gap(void)
{
	unsigned long start;

	if (map_below_stack(64 * 1024, &start))
		return 2;
	announced_store(start - PAGE, start + 256);
	return 0;
}

/* The lowest page of [stack], not yet touched, a mapping right below. */
static int stack_guard_page(void)
{
	unsigned long start;
	unsigned char vec;

	if (map_below_stack(0, &start))
		return 2;
	if (mincore((void *)start, PAGE, &vec) || (vec & 1))
		return fail("the lowest page of [stack] is already present");
	announced_store(start + 64, start + 2 * PAGE);
	return 0;
}

static int no_fault(void)
{
	printf("fkprobe: no fault here\n");
	return 0;
}

static void own_handler_fn(int sig)
{
	static const char msg[] = "fkprobe: the program's own handler ran\n";

	(void)sig;
	if (write(2, msg, sizeof(msg) - 1) < 0)
		_exit(4);
	_exit(3);
}

static int own_sigaction(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = own_handler_fn;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSEGV, &sa, NULL))
		return fail("sigaction failed");
	return *null_ptr;
}

static int own_signal(void)
{
	if (signal(SIGSEGV, own_handler_fn) == SIG_ERR)
		return fail("signal failed");
	return *null_ptr;
}

static int raise_segv(void)
{
	return raise(SIGSEGV);
}

static const struct probe probes[] = {
	{ "null_read", "differential", null_read,
	  "read through a NULL pointer" },
	{ "readonly_write", "differential", readonly_write,
	  "write to a PROT_READ mapping" },
	{ "prot_none_read", "differential", prot_none_read,
	  "read of a PROT_NONE mapping" },
	{ "kernel_read", "differential", kernel_read,
	  "user read of a kernel address" },
	{ "stack_overflow", "differential", stack_overflow,
	  "unbounded recursion up to RLIMIT_STACK" },
	{ "stack_cushion_edge", "differential", stack_cushion_edge,
	  "store exactly 65536 + 32 * 8 bytes below sp, under [stack]" },
	{ "stack_below_cushion", "differential", stack_below_cushion,
	  "store 8 bytes further: just outside the cushion" },
	{ "file_past_eof", "differential", file_past_eof,
	  "read past the end of a truncated shared file mapping" },
	{ "exec_nx", "differential", exec_nx,
	  "instruction fetch from a read-write (non-executable) page" },
	{ "stack_guard_gap", "differential", stack_guard_gap,
	  "stack growth to 60 KiB above another mapping" },
	{ "stack_guard_page", "differential", stack_guard_page,
	  "first touch of the lowest stack page, a mapping right below" },
	{ "no_fault", "input", no_fault, "exits 0 without faulting" },
	{ "own_sigaction", "input", own_sigaction,
	  "NULL read with its own SIGSEGV handler (sigaction), exits 3" },
	{ "own_signal", "input", own_signal,
	  "NULL read with its own SIGSEGV handler (signal), exits 3" },
	{ "raise_segv", "input", raise_segv,
	  "raise(SIGSEGV): the signal without a fault" },
};

#define NPROBES	(sizeof(probes) / sizeof(probes[0]))

int main(int argc, char **argv)
{
	size_t i;

	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (i = 0; i < NPROBES; i++)
			printf("%s %s %s\n", probes[i].name, probes[i].role,
			       probes[i].what);
		return 0;
	}
	for (i = 0; argc == 2 && i < NPROBES; i++)
		if (!strcmp(argv[1], probes[i].name)) {
			setvbuf(stdout, NULL, _IONBF, 0);
			return probes[i].fn();
		}
	fprintf(stderr, "usage: fkprobe --list | fkprobe NAME\n");
	return 2;
}
