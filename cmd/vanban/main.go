// Command vanban turns Vietnamese administrative documents into structured,
// searchable records. Run "vanban help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}

// env is what every command receives: its arguments and where to write.
type env struct {
	args   []string
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

// command is one subcommand of vanban.
type command struct {
	run     func(ctx context.Context, e *env) error
	summary string
}

// commands lists the subcommands; each lives in its own file.
var commands = map[string]command{
	"text":    {runText, "print the normalized text of files"},
	"extract": {runExtract, "print one Document JSON line per file"},
	"eval":    {runEval, "score extracted documents against gold files"},
	"rules":   {runRules, "check or list the rules (rules check [--rules DIR])"},
	"ingest":  {runIngest, "read, extract, store and index files, incrementally"},
	"search":  {runSearch, "search the index with facets"},
	"show":    {runShow, "print one stored document"},
	"targets": {runTargets, "compare numeric targets across localities"},
	"cites":   {runCites, "follow the citation cascade of a document"},
	"export":  {runExport, "export documents, targets or citations"},
	"serve":   {runServe, "serve the web page and JSON API"},
}

// errUsage marks errors that are the caller's wording; exit status 2.
var errUsage = errors.New("usage")

// errHelp stops a command after its usage was printed for -h; exit status 0.
var errHelp = errors.New("help shown")

// errFailed marks a run in which some inputs failed; the details were already
// printed. Exit status 1.
var errFailed = errors.New("some inputs failed")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		usage(stderr)
		return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
	}
	return c.run(ctx, &env{args: args[1:], stdout: stdout, stderr: stderr, log: log})
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: vanban COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'vanban COMMAND -h' for a command's flags.")
}

// flags returns a FlagSet for a command that reports errors to e.stderr.
func (e *env) flags(name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet("vanban "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: vanban %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses e.args with fs, wrapping errors as usage errors.
func (e *env) parse(fs *flag.FlagSet) error {
	if err := fs.Parse(e.args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

// dataDir returns the data directory: the flag value, else $VANBAN_DATA, else
// ./vanban-data.
func dataDir(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if d := strings.TrimSpace(os.Getenv("VANBAN_DATA")); d != "" {
		return d
	}
	return "vanban-data"
}

func exitCode(err error) int {
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "vanban:", err)
		return 2
	case errors.Is(err, errFailed):
		return 1
	default:
		fmt.Fprintln(os.Stderr, "vanban:", err)
		return 1
	}
}
