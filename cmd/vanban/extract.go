package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
)

// runText prints the normalized text of each file. With several files,
// each text follows a "==> path (format, encoding) <==" line, as head(1)
// does; reading problems go to stderr and the other files still print.
func runText(ctx context.Context, e *env) error {
	fs := e.flags("text", "[--pdf auto|builtin|pdftotext] FILE...")
	pdf := fs.String("pdf", "auto", "PDF text extractor: auto, builtin or pdftotext")
	if err := e.parse(fs); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no files", errUsage)
	}
	failed := 0
	for i, path := range fs.Args() {
		t, err := corpus.ReadFile(ctx, path, corpus.Options{PDF: *pdf})
		if err != nil {
			fmt.Fprintln(e.stderr, "vanban:", err)
			failed++
			continue
		}
		for _, w := range t.Warnings {
			fmt.Fprintf(e.stderr, "vanban: %s: %s\n", path, w)
		}
		if fs.NArg() > 1 {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintf(e.stdout, "==> %s (%s, %s) <==\n", path, t.Format, t.Encoding)
		}
		fmt.Fprintln(e.stdout, t.Text)
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

func runExtract(ctx context.Context, e *env) error {
	fs := e.flags("extract", "[--pretty] [--rules DIR] [--pdf auto|builtin|pdftotext] FILE...")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	rulesDir := fs.String("rules", "", "directory of rule files overriding the built-in ones")
	pdf := fs.String("pdf", "auto", "PDF text extractor: auto, builtin or pdftotext")
	if err := e.parse(fs); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no files", errUsage)
	}
	rs, err := rules.LoadDir(*rulesDir)
	if err != nil {
		return fmt.Errorf("load rules: %w", err)
	}
	x := extract.New(rs)
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	failed := 0
	for _, path := range fs.Args() {
		t, err := corpus.ReadFile(ctx, path, corpus.Options{PDF: *pdf})
		if err != nil {
			fmt.Fprintln(e.stderr, "vanban:", err)
			failed++
			continue
		}
		d := x.Extract(t.Input(path))
		d.Warnings = append(t.Warnings, d.Warnings...)
		d.Normalize()
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}
