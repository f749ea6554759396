// SPDX-License-Identifier: GPL-2.0
/*
 * The capture library, preloaded (LD_PRELOAD) into a program by
 * `faultkit explain`. It installs SIGSEGV and SIGBUS handlers that write
 * what the kernel delivered (signal, si_code, si_addr), what the fault
 * looked like (error code, cr2, sp, ip, cs, eflags from the signal frame),
 * the process's mappings with the size of the files behind them, and
 * RLIMIT_STACK to the capture file ($FAULTKIT_CAPTURE, format in
 * capture-format.md). Then the signal goes where it would have gone: the
 * program's own handler if it installed one, else the default action.
 *
 * The program's sigaction()/signal() for SIGSEGV and SIGBUS are
 * interposed: its handler is remembered and chained to, so ours stays
 * first. The handler runs on an alternate stack, so a stack overflow can
 * be captured, and uses async-signal-safe calls only (no stdio, no
 * malloc): the capture is built in static buffers.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <ucontext.h>
#include <unistd.h>

#include "capture.h"

#define PATH_LEN	4096
#define MAPS_LEN	(512 * 1024)
#define OUT_LEN		(MAPS_LEN + 64 * 1024)
#define ALTSTACK_LEN	(64 * 1024)
#define INSN_LEN	16

typedef int (*sigaction_fn)(int, const struct sigaction *,
			    struct sigaction *);
typedef sighandler_t (*signal_fn)(int, sighandler_t);

static char capture_path[PATH_LEN];
static sigaction_fn real_sigaction;
static int armed;
/* What the program believes is installed for SIGSEGV (0) and SIGBUS (1). */
static struct sigaction prog_act[2];
/* Set by the first capture (fault or survived access); never cleared. */
static int busy;
static int announced;
static unsigned long announced_addr;

static char maps[MAPS_LEN];
static char out[OUT_LEN];
static size_t out_len;
static char altstack[ALTSTACK_LEN];

static int slot(int sig)
{
	return sig == SIGSEGV ? 0 : sig == SIGBUS ? 1 : -1;
}

/* ---- async-signal-safe output into out[] ------------------------------ */

static void put(const char *s, size_t n)
{
	if (n > OUT_LEN - out_len)
		n = OUT_LEN - out_len;
	memcpy(out + out_len, s, n);
	out_len += n;
}

static void puts_(const char *s)
{
	put(s, strlen(s));
}

static void put_num(unsigned long v, unsigned int base)
{
	char tmp[24];
	int i = sizeof(tmp);

	do {
		tmp[--i] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	put(tmp + i, sizeof(tmp) - i);
}

static void put_hex(unsigned long v)
{
	puts_(" 0x");
	put_num(v, 16);
}

static void key_hex(const char *key, unsigned long v)
{
	puts_(key);
	put_hex(v);
	puts_("\n");
}

static void key_dec(const char *key, long v)
{
	puts_(key);
	puts_(v < 0 ? " -" : " ");
	put_num(v < 0 ? -(unsigned long)v : (unsigned long)v, 10);
	puts_("\n");
}

/* Reads a small file whole; returns its length (0 on failure). */
static size_t read_file(const char *path, char *buf, size_t len)
{
	size_t n = 0;
	ssize_t r;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	while (n < len - 1 && (r = read(fd, buf + n, len - 1 - n)) > 0)
		n += (size_t)r;
	close(fd);
	buf[n] = 0;
	return n;
}

/* A value that must stay on one line: newlines become spaces. */
static void put_line(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i]; i++)
		put(s[i] == '\n' ? " " : &s[i], 1);
}

static void emit_identity(const char *kind)
{
	char buf[PATH_LEN];
	struct utsname u;
	ssize_t n;

	puts_(FK_CAPTURE_MAGIC " ");
	put_num(FK_CAPTURE_VERSION, 10);
	puts_("\nkind ");
	puts_(kind);
	puts_("\nkernel ");
	puts_(uname(&u) ? "?" : u.release);
	puts_("\n");
	key_dec("pid", getpid());
	n = (ssize_t)read_file("/proc/self/comm", buf, sizeof(buf));
	while (n > 0 && buf[n - 1] == '\n')
		n--;
	puts_("comm ");
	put_line(buf, (size_t)n);
	n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
	puts_("\nexe ");
	put_line(buf, n > 0 ? (size_t)n : 0);
	puts_("\n");
}

static void emit_rlimit(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_STACK, &rl)) {
		puts_("rlimit_stack ?\n");
	} else if (rl.rlim_cur == RLIM_INFINITY) {
		puts_("rlimit_stack unlimited\n");
	} else {
		puts_("rlimit_stack ");
		put_num(rl.rlim_cur, 10);
		puts_("\n");
	}
}

static void emit_handler(int sig)
{
	const struct sigaction *a = &prog_act[slot(sig) < 0 ? 0 : slot(sig)];

	puts_("handler ");
	puts_(a->sa_handler == SIG_DFL ? "default" :
	      a->sa_handler == SIG_IGN ? "ignore" : "program");
	puts_("\n");
}

/*
 * The bytes at ip, read through a pipe: write() fails with EFAULT on an
 * unreadable address where a plain load would fault inside the handler.
 */
static void emit_insn(unsigned long ip)
{
	unsigned char b[INSN_LEN];
	ssize_t n = -1;
	int fds[2], i;

	if (!pipe2(fds, O_CLOEXEC)) {
		n = write(fds[1], (const void *)ip, INSN_LEN);
		if (n > 0)
			n = read(fds[0], b, (size_t)n);
		close(fds[0]);
		close(fds[1]);
	}
	puts_("insn ");
	if (n <= 0)
		puts_("-");
	for (i = 0; i < n; i++) {
		put(&"0123456789abcdef"[b[i] >> 4], 1);
		put(&"0123456789abcdef"[b[i] & 15], 1);
	}
	puts_("\n");
}

/* ---- /proc/self/maps -------------------------------------------------- */

static unsigned long parse_num(char **p, unsigned int base)
{
	unsigned long v = 0;
	char *s = *p;

	for (;; s++) {
		unsigned int d;

		if (*s >= '0' && *s <= '9')
			d = (unsigned int)(*s - '0');
		else if (base == 16 && *s >= 'a' && *s <= 'f')
			d = (unsigned int)(*s - 'a' + 10);
		else
			break;
		v = v * base + d;
	}
	*p = s;
	return v;
}

static char *skip_field(char *s)
{
	while (*s && *s != ' ')
		s++;
	while (*s == ' ')
		s++;
	return s;
}

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);

	return n >= t && !memcmp(s + n - t, tail, t);
}

/*
 * "-": no regular file behind the mapping (anonymous, device, special);
 * "?": a regular file whose size cannot be known any more (deleted,
 * replaced); otherwise its size in bytes, now.
 */
static void emit_file_size(const char *path, unsigned long inode)
{
	struct stat st;

	if (!inode || path[0] != '/') {
		puts_("-");
	} else if (ends_with(path, " (deleted)") || stat(path, &st) ||
		   (S_ISREG(st.st_mode) && st.st_ino != inode)) {
		puts_("?");
	} else if (!S_ISREG(st.st_mode)) {
		puts_("-");
	} else {
		put_num((unsigned long)st.st_size, 10);
	}
}

struct maps_line {
	unsigned long start, end, offset, inode;
	char *perms, *path;
};

/* "start-end perms offset dev inode path"; 0 when it does not parse. */
static int parse_maps_line(char *s, struct maps_line *m)
{
	m->start = parse_num(&s, 16);
	if (*s++ != '-')
		return 0;
	m->end = parse_num(&s, 16);
	if (*s++ != ' ' || strlen(s) < 5 || s[4] != ' ')
		return 0;
	m->perms = s;
	s[4] = 0;
	s += 5;
	m->offset = parse_num(&s, 16);
	s = skip_field(skip_field(s));
	m->inode = parse_num(&s, 10);
	while (*s == ' ')
		s++;
	m->path = s;
	return 1;
}

static void emit_vma(char *line)
{
	struct maps_line m;

	if (!parse_maps_line(line, &m))
		return;
	puts_("vma");
	put_hex(m.start);
	put_hex(m.end);
	puts_(" ");
	puts_(m.perms);
	put_hex(m.offset);
	puts_(" ");
	emit_file_size(m.path, m.inode);
	if (*m.path) {
		puts_(" ");
		puts_(m.path);
	}
	puts_("\n");
}

/* Reads /proc/self/maps into maps[]; 1 when it did not all fit. */
static int read_maps(void)
{
	size_t n = read_file("/proc/self/maps", maps, sizeof(maps));
	int truncated = n == sizeof(maps) - 1;

	/* a cut-off last line is dropped rather than misread */
	while (truncated && n && maps[n - 1] != '\n')
		maps[--n] = 0;
	return truncated;
}

static void emit_maps(void)
{
	char *line = maps, *nl;

	puts_(read_maps() ? "maps truncated\n" : "maps complete\n");
	for (; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (!nl)
			break;
		*nl = 0;
		emit_vma(line);
	}
}

/* The mapping that holds @addr now, after the access went through. */
static void emit_after(unsigned long addr)
{
	char *line = maps, *nl;
	struct maps_line m;

	read_maps();
	for (; *line && (nl = strchr(line, '\n')); line = nl + 1) {
		*nl = 0;
		if (!parse_maps_line(line, &m) || addr < m.start ||
		    addr >= m.end)
			continue;
		puts_("after");
		put_hex(m.start);
		put_hex(m.end);
		puts_(" ");
		puts_(m.perms);
		puts_(*m.path ? " " : "");
		puts_(m.path);
		puts_("\n");
		return;
	}
}

/* ---- committing a capture --------------------------------------------- */

static void append_pid(char *buf, size_t len)
{
	char tmp[24];
	size_t n = strlen(buf), i = sizeof(tmp);
	unsigned long v = (unsigned long)getpid();

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	if (n + sizeof(tmp) - i + 5 < len) {
		memcpy(buf + n, tmp + i, sizeof(tmp) - i);
		memcpy(buf + n + sizeof(tmp) - i, ".tmp", 5);
	}
}

/*
 * Written whole to a private name, then linked into place: the first
 * process to fault wins, and a reader never sees half a capture.
 */
static void commit(void)
{
	char tmp[PATH_LEN + 32];
	size_t done = 0;
	ssize_t n;
	int fd;

	memcpy(tmp, capture_path, strlen(capture_path) + 1);
	strcat(tmp, ".");
	append_pid(tmp, sizeof(tmp));
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	while (done < out_len &&
	       (n = write(fd, out + done, out_len - done)) > 0)
		done += (size_t)n;
	close(fd);
	if (done == out_len)
		(void)link(tmp, capture_path);
	unlink(tmp);
}

/* ---- the fault -------------------------------------------------------- */

static void capture_fault(int sig, const siginfo_t *si, const ucontext_t *uc)
{
	const greg_t *g = uc->uc_mcontext.gregs;

	out_len = 0;
	emit_identity("fault");
	key_dec("signal", sig);
	key_dec("si_code", si->si_code);
	key_hex("si_addr", (unsigned long)si->si_addr);
	key_dec("trapno", g[REG_TRAPNO]);
	key_hex("err", (unsigned long)g[REG_ERR]);
	key_hex("cr2", (unsigned long)g[REG_CR2]);
	key_hex("sp", (unsigned long)g[REG_RSP]);
	key_hex("ip", (unsigned long)g[REG_RIP]);
	key_hex("cs", (unsigned long)g[REG_CSGSFS] & 0xffff);
	key_hex("eflags", (unsigned long)g[REG_EFL]);
	emit_rlimit();
	emit_handler(sig);
	emit_insn((unsigned long)g[REG_RIP]);
	emit_maps();
	puts_("end\n");
	commit();
}

/*
 * No handler of the program's: the default action, as if we had never
 * been here. A fault returns and faults again, now with SIG_DFL; a signal
 * someone sent is sent again, blocked until this handler returns.
 */
static void default_action(int sig, const siginfo_t *si)
{
	struct sigaction dfl;

	if (prog_act[slot(sig)].sa_handler == SIG_IGN && si->si_code <= 0)
		return;
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	real_sigaction(sig, &dfl, NULL);
	if (si->si_code <= 0)
		raise(sig);
}

static void chain(int sig, siginfo_t *si, void *ctx)
{
	struct sigaction a = prog_act[slot(sig)];
	sigset_t old;

	if (a.sa_handler == SIG_DFL || a.sa_handler == SIG_IGN) {
		default_action(sig, si);
		return;
	}
	if (a.sa_flags & SA_RESETHAND)
		prog_act[slot(sig)].sa_handler = SIG_DFL;
	sigprocmask(SIG_BLOCK, &a.sa_mask, &old);
	if (a.sa_flags & SA_SIGINFO)
		a.sa_sigaction(sig, si, ctx);
	else
		a.sa_handler(sig);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	int saved = errno;

	if (!__atomic_exchange_n(&busy, 1, __ATOMIC_SEQ_CST))
		capture_fault(sig, si, ctx);
	chain(sig, si, ctx);
	errno = saved;
}

/* ---- announced accesses (probes) --------------------------------------- */

static unsigned long read_cs(void)
{
	unsigned short cs;

	__asm__ volatile("mov %%cs, %0" : "=r"(cs));
	return cs;
}

static unsigned long read_eflags(void)
{
	unsigned long fl;

	__asm__ volatile("pushfq; popq %0" : "=r"(fl));
	return fl;
}

void faultkit_announce(unsigned long addr, unsigned long err,
		       unsigned long sp, unsigned long ip);
void faultkit_survived(void);

void faultkit_announce(unsigned long addr, unsigned long err,
		       unsigned long sp, unsigned long ip)
{
	if (!armed || __atomic_load_n(&busy, __ATOMIC_SEQ_CST))
		return;
	out_len = 0;
	emit_identity("access");
	key_dec("signal", 0);
	key_dec("si_code", 0);
	key_hex("si_addr", addr);
	key_dec("trapno", 14);
	key_hex("err", err);
	key_hex("cr2", addr);
	key_hex("sp", sp);
	key_hex("ip", ip);
	key_hex("cs", read_cs());
	key_hex("eflags", read_eflags());
	emit_rlimit();
	emit_handler(SIGSEGV);
	emit_insn(ip);
	emit_maps();
	announced = 1;
	announced_addr = addr;
}

void faultkit_survived(void)
{
	if (!announced || __atomic_exchange_n(&busy, 1, __ATOMIC_SEQ_CST))
		return;
	emit_after(announced_addr);
	puts_("end\n");
	commit();
}

/* ---- interposed sigaction() and signal() ------------------------------ */

static sigaction_fn get_real_sigaction(void)
{
	if (!real_sigaction)
		real_sigaction = (sigaction_fn)dlsym(RTLD_NEXT, "sigaction");
	return real_sigaction;
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	int i = slot(sig);

	if (!get_real_sigaction()) {
		errno = ENOSYS;
		return -1;
	}
	if (!armed || i < 0)
		return real_sigaction(sig, act, old);
	if (old)
		*old = prog_act[i];
	if (act)
		prog_act[i] = *act;
	return 0;
}

sighandler_t signal(int sig, sighandler_t handler)
{
	static signal_fn real_signal;
	struct sigaction act, old;

	if (!armed || slot(sig) < 0) {
		if (!real_signal)
			real_signal = (signal_fn)dlsym(RTLD_NEXT, "signal");
		return real_signal ? real_signal(sig, handler) : SIG_ERR;
	}
	/* glibc's signal(): BSD semantics */
	memset(&act, 0, sizeof(act));
	act.sa_handler = handler;
	act.sa_flags = SA_RESTART;
	sigemptyset(&act.sa_mask);
	sigaddset(&act.sa_mask, sig);
	sigaction(sig, &act, &old);
	return old.sa_handler;
}

/* ---- set-up ------------------------------------------------------------ */

static void touch_armed(void)
{
	char path[PATH_LEN + 16];
	int fd;

	memcpy(path, capture_path, strlen(capture_path) + 1);
	strcat(path, FK_ARMED_SUFFIX);
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	if (fd >= 0)
		close(fd);
}

/* The main thread's alternate stack, unless the program has one. */
static void install_altstack(void)
{
	stack_t ss, cur;

	if (!sigaltstack(NULL, &cur) && !(cur.ss_flags & SS_DISABLE))
		return;
	ss.ss_sp = altstack;
	ss.ss_size = sizeof(altstack);
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);
}

static void install(int sig)
{
	struct sigaction act;

	memset(&act, 0, sizeof(act));
	act.sa_sigaction = on_fault;
	act.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&act.sa_mask);
	/* what the program inherited through exec (SIG_IGN survives it) */
	real_sigaction(sig, &act, &prog_act[slot(sig)]);
}

__attribute__((constructor)) static void fk_capture_init(void)
{
	const char *path = getenv(FK_ENV_CAPTURE);

	if (!path || !*path || strlen(path) >= PATH_LEN - 16 ||
	    !get_real_sigaction())
		return;
	memcpy(capture_path, path, strlen(path) + 1);
	touch_armed();
	install_altstack();
	install(SIGSEGV);
	install(SIGBUS);
	armed = 1;
}
