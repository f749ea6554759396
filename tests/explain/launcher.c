// SPDX-License-Identifier: GPL-2.0
/*
 * faultkit: the command a user runs.
 *
 *   faultkit explain [--capture FILE] [--trace] [--verdict] [--] PROG ARGS...
 *   faultkit replay [--trace] [--verdict] CAPTURE
 *
 * explain runs PROG with the capture library preloaded, lets it live or
 * die as it would, says how it ended and, if it faulted, replays the
 * capture through fault.c (faultkit-replay) and prints the explanation.
 * The library and the replay are found next to this program.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "capture.h"

#define LIB_NAME	"libfkcapture.so"
#define REPLAY_NAME	"faultkit-replay"
/* room for a path of PATH_MAX plus what is appended to it */
#define PATHBUF		(PATH_MAX + 64)
#define ARMEDBUF	(PATHBUF + 16)

struct opts {
	const char *capture;	/* --capture FILE, kept afterwards */
	int trace, verdict;
	char **prog;		/* PROG ARGS..., NULL-terminated */
};

static char self_dir[PATH_MAX];

static int die(const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "faultkit: ");
	fprintf(stderr, fmt, a, b);
	fprintf(stderr, "\n");
	return 2;
}

static int find_self(void)
{
	ssize_t n = readlink("/proc/self/exe", self_dir, sizeof(self_dir) - 1);
	char *slash;

	if (n <= 0)
		return -1;
	self_dir[n] = 0;
	slash = strrchr(self_dir, '/');
	if (!slash)
		return -1;
	*slash = 0;
	return 0;
}

static void sibling(char *buf, size_t len, const char *name)
{
	snprintf(buf, len, "%s/%s", self_dir, name);
}

/* PROG as execvp() would find it. */
static int resolve(const char *prog, char *out, size_t len)
{
	const char *path = getenv("PATH"), *p, *end;

	if (strchr(prog, '/')) {
		snprintf(out, len, "%s", prog);
		return access(out, X_OK);
	}
	for (p = path ? path : "/usr/bin:/bin"; *p; p = *end ? end + 1 : end) {
		end = strchrnul(p, ':');
		snprintf(out, len, "%.*s/%s", (int)(end - p), p, prog);
		if (!access(out, X_OK))
			return 0;
	}
	return -1;
}

/* 1 if the ELF file has a PT_INTERP program header (a dynamic loader). */
static int has_interp(int fd, const Elf64_Ehdr *eh)
{
	Elf64_Phdr ph;
	int i;

	for (i = 0; i < eh->e_phnum; i++) {
		off_t at = (off_t)(eh->e_phoff +
				   (Elf64_Off)i * eh->e_phentsize);

		if (pread(fd, &ph, sizeof(ph), at) != (ssize_t)sizeof(ph))
			return 0;
		if (ph.p_type == PT_INTERP)
			return 1;
	}
	return 0;
}

/*
 * What can be told before running: a program LD_PRELOAD cannot reach.
 * Scripts and unknown formats are left to exec and the armed marker.
 */
static int preloadable(const char *path)
{
	Elf64_Ehdr eh;
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC), ok = 0;
	ssize_t n;

	if (fd < 0 || fstat(fd, &st))
		return die("%s: %s", path, strerror(errno));
	n = read(fd, &eh, sizeof(eh));
	if (n < (ssize_t)sizeof(eh) || memcmp(eh.e_ident, ELFMAG, SELFMAG))
		ok = 1;
	else if (eh.e_ident[EI_CLASS] != ELFCLASS64 ||
		 eh.e_machine != EM_X86_64)
		die("%s is not an x86_64 program: the capture library is x86_64 only%s",
		    path, "");
	else if (!has_interp(fd, &eh))
		die("%s is statically linked: the dynamic loader never runs, so LD_PRELOAD cannot put the capture library in it%s",
		    path, ". Build it without -static to explain its faults.");
	else if ((st.st_mode & (S_ISUID | S_ISGID)) && getuid())
		die("%s is set-user-ID or set-group-ID: the loader ignores LD_PRELOAD for it%s",
		    path, "");
	else
		ok = 1;
	close(fd);
	return ok ? 0 : 2;
}

static void set_preload(const char *lib)
{
	const char *old = getenv("LD_PRELOAD");
	char *v;

	if (!old || !*old) {
		setenv("LD_PRELOAD", lib, 1);
		return;
	}
	if (asprintf(&v, "%s:%s", lib, old) < 0)
		_exit(127);
	setenv("LD_PRELOAD", v, 1);
}

static pid_t launch(const char *path, char **argv, const char *lib,
		    const char *capture)
{
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid)
		return pid;
	set_preload(lib);
	setenv(FK_ENV_CAPTURE, capture, 1);
	execv(path, argv);
	fprintf(stderr, "faultkit: cannot run %s: %s\n", path, strerror(errno));
	_exit(127);
}

static int wait_for(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}

static void say_end(const char *prog, pid_t pid, int status)
{
	printf("faultkit: %s (pid %d) ", prog, (int)pid);
	if (WIFSIGNALED(status))
		printf("was killed by SIG%s (%s)%s\n",
		       sigabbrev_np(WTERMSIG(status)) ?: "?",
		       strsignal(WTERMSIG(status)),
		       WCOREDUMP(status) ? ", core dumped" : "");
	else
		printf("exited with status %d\n", WEXITSTATUS(status));
}

static int replay(const char *capture, const struct opts *o)
{
	char bin[PATHBUF];
	char *argv[5];
	int n = 0, status;
	pid_t pid;

	sibling(bin, sizeof(bin), REPLAY_NAME);
	argv[n++] = bin;
	if (o->trace)
		argv[n++] = "--trace";
	if (o->verdict)
		argv[n++] = "--verdict";
	argv[n++] = (char *)capture;
	argv[n] = NULL;
	fflush(NULL);
	pid = fork();
	if (!pid) {
		execv(bin, argv);
		fprintf(stderr, "faultkit: cannot run %s: %s\n", bin,
			strerror(errno));
		_exit(2);
	}
	status = pid < 0 ? -1 : wait_for(pid);
	return status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}

static int exists(const char *path)
{
	return !access(path, F_OK);
}

/* After the run: explain the capture, or say why there is none. */
static int conclude(const char *prog, const char *capture, int status,
		    const struct opts *o)
{
	char armed[ARMEDBUF];
	int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;

	snprintf(armed, sizeof(armed), "%s%s", capture, FK_ARMED_SUFFIX);
	if (exists(capture))
		return replay(capture, o);
	if (!exists(armed)) {
		fprintf(stderr, "faultkit: the capture library was never loaded into %s (statically linked, set-user-ID, or not x86_64?): nothing was captured\n",
			prog);
		return 2;
	}
	if (sig == SIGSEGV || sig == SIGBUS) {
		fprintf(stderr, "faultkit: %s died of SIG%s, but no capture was written: the fault hit where the library's handler could not run (a thread's stack overflow, or a handler the program installed behind the library's back)\n",
			prog, sigabbrev_np(sig));
		return 1;
	}
	printf("faultkit: %s did not fault: no SIGSEGV or SIGBUS, nothing to explain\n",
	       prog);
	return 0;
}

static void cleanup(const char *dir, const char *capture)
{
	char armed[ARMEDBUF];

	snprintf(armed, sizeof(armed), "%s%s", capture, FK_ARMED_SUFFIX);
	unlink(armed);
	if (dir) {
		unlink(capture);
		rmdir(dir);
	}
}

static int explain(const struct opts *o)
{
	char path[PATHBUF], lib[PATHBUF], capture[PATHBUF];
	char dir[] = "/tmp/faultkit.XXXXXX", *tmp = NULL;
	int status, ret;
	pid_t pid;

	sibling(lib, sizeof(lib), LIB_NAME);
	if (!exists(lib))
		return die("%s is missing (run make explain-build)%s", lib, "");
	if (resolve(o->prog[0], path, sizeof(path)))
		return die("%s: no such program, or not executable%s",
			   o->prog[0], "");
	if (preloadable(path))
		return 2;
	if (o->capture) {
		snprintf(capture, sizeof(capture), "%s", o->capture);
		unlink(capture);
	} else {
		tmp = mkdtemp(dir);
		if (!tmp)
			return die("mkdtemp: %s%s", strerror(errno), "");
		snprintf(capture, sizeof(capture), "%s/capture", tmp);
	}
	cleanup(NULL, capture);
	pid = launch(path, o->prog, lib, capture);
	status = pid < 0 ? -1 : wait_for(pid);
	if (status < 0) {
		cleanup(tmp, capture);
		return die("could not run %s%s", path, "");
	}
	say_end(o->prog[0], pid, status);
	ret = conclude(o->prog[0], capture, status, o);
	cleanup(tmp, capture);
	return ret;
}

static int usage(void)
{
	fprintf(stderr,
		"usage: faultkit explain [--capture FILE] [--trace] [--verdict] [--] PROG [ARGS...]\n"
		"       faultkit replay [--trace] [--verdict] CAPTURE\n");
	return 2;
}

/* Options up to PROG (or CAPTURE); returns the index of the first operand. */
static int parse_opts(int argc, char **argv, struct opts *o)
{
	int i;

	for (i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		} else if (!strcmp(argv[i], "--capture") && i + 1 < argc) {
			o->capture = argv[++i];
		} else if (!strcmp(argv[i], "--trace")) {
			o->trace = 1;
		} else if (!strcmp(argv[i], "--verdict")) {
			o->verdict = 1;
		} else if (argv[i][0] == '-') {
			return -1;
		} else {
			break;
		}
	}
	return i < argc ? i : -1;
}

int main(int argc, char **argv)
{
	struct opts o = { 0 };
	int first;

	if (argc < 2 || find_self())
		return usage();
	first = parse_opts(argc, argv, &o);
	if (first < 0)
		return usage();
	if (!strcmp(argv[1], "explain")) {
		o.prog = argv + first;
		return explain(&o);
	}
	if (!strcmp(argv[1], "replay") && first == argc - 1 && !o.capture)
		return replay(argv[first], &o);
	return usage();
}
