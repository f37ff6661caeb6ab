package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime/debug"

	"golang.org/x/term"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/rules"
)

func runIngest(ctx context.Context, e *env) error {
	fs := e.flags("ingest", "[--data DIR] [--report FILE] [--workers N] [--rules DIR] [--pdf auto|builtin|pdftotext] [--reindex] FILE|DIR...")
	data := fs.String("data", "", "data directory (default $VANBAN_DATA or ./vanban-data)")
	report := fs.String("report", "", "write the run's report as JSON to FILE")
	workers := fs.Int("workers", 0, "extraction workers (default: one per core)")
	rulesDir := fs.String("rules", "", "directory of rule files overriding the built-in ones")
	pdf := fs.String("pdf", "auto", "PDF text extractor: auto, builtin or pdftotext")
	quiet := fs.Bool("q", false, "no progress")
	memLimit := fs.Int("mem-limit", 768, "soft memory limit in MiB for the Go heap (GC works harder near it); 0 for none; $GOMEMLIMIT wins")
	reindex := fs.Bool("reindex", false, "first rebuild the index from the stored documents (after an upgrade changed the index mapping, or when the index was lost); files are then optional")
	if err := e.parse(fs); err != nil {
		return err
	}
	if fs.NArg() == 0 && !*reindex {
		fs.Usage()
		return fmt.Errorf("%w: no files or folders", errUsage)
	}
	if *memLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		// Index batches and segment merges come in bursts; without a limit
		// the heap doubles past 1 GiB at 100k documents.
		debug.SetMemoryLimit(int64(*memLimit) << 20)
	}
	rs, err := rules.LoadDir(*rulesDir)
	if err != nil {
		return fmt.Errorf("load rules: %w", err)
	}
	opt := corpus.IngestOptions{
		Data: dataDir(*data), Inputs: fs.Args(), Rules: rs, Workers: *workers,
		Read: corpus.Options{PDF: *pdf}, Log: e.log,
	}
	if !*quiet {
		opt.Progress = e.stderr
		if f, ok := e.stderr.(*os.File); ok {
			opt.TTY = term.IsTerminal(int(f.Fd()))
		}
	}
	if *reindex {
		rep, err := corpus.Reindex(ctx, opt)
		if rep != nil {
			fmt.Fprintf(e.stdout, "reindexed %d documents in %.1f s (%.0f docs/s)\n", rep.Documents, rep.Seconds, rep.DocsPerS)
			for _, f := range rep.Files {
				fmt.Fprintf(e.stdout, "  failed  %s: %s\n", f.Path, f.Error)
			}
		}
		if err != nil {
			return err
		}
		if fs.NArg() == 0 {
			if rep.Failed > 0 {
				return errFailed
			}
			return nil
		}
	}
	rep, err := corpus.Ingest(ctx, opt)
	if rep != nil {
		fmt.Fprintf(e.stdout, "added %d, updated %d, unchanged %d, failed %d, removed %d documents; %d documents indexed in %.1f s (%.0f docs/s)\n",
			rep.Added, rep.Updated, rep.Unchanged, rep.Failed, rep.Removed, rep.Documents, rep.Seconds, rep.DocsPerS)
		for _, f := range rep.Files {
			if f.Outcome == corpus.OutcomeFailed {
				fmt.Fprintf(e.stdout, "  failed  %s: %s\n", f.Path, f.Error)
			}
		}
		if *report != "" {
			b, jerr := json.MarshalIndent(rep, "", "  ")
			if jerr == nil {
				jerr = os.WriteFile(*report, append(b, '\n'), 0o644)
			}
			if jerr != nil {
				return fmt.Errorf("write report %s: %w", *report, jerr)
			}
		}
	}
	if err != nil {
		return err
	}
	if rep.Failed > 0 {
		return errFailed
	}
	return nil
}
