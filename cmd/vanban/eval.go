package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/extract/eval"
	"github.com/vanban/vanban/rules"
)

// runEval scores predictions against gold files. Each FILE is either JSON
// Lines of Documents (.jsonl, .json, "-" for stdin is not supported) or a
// document, which is read and extracted first.
func runEval(ctx context.Context, e *env) error {
	fs := e.flags("eval", "--gold DIR [--verbose] [--strict] [--extra] [--baseline PRED.jsonl] [--rules DIR] FILE...")
	goldDir := fs.String("gold", "testdata/gold", "directory of gold *.json files")
	verbose := fs.Bool("verbose", false, "print every mismatch")
	strict := fs.Bool("strict", false, "add a column of accent-sensitive F1 (the table folds accents, as score.py does)")
	extra := fs.Bool("extra", false, "also score issuer.name, field, recipients and signers.title")
	baseline := fs.String("baseline", "", "JSON Lines of a previous run: print what changed")
	rulesDir := fs.String("rules", "", "directory of rule files overriding the built-in ones")
	if err := e.parse(fs); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no files", errUsage)
	}
	golds, err := eval.LoadGold(*goldDir)
	if err != nil {
		return err
	}
	preds := map[string]extract.Document{}
	var x *extract.Extractor
	for _, path := range fs.Args() {
		if strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".json") {
			m, err := eval.ReadPredictionsFile(path)
			if err != nil {
				return err
			}
			for k, d := range m {
				preds[k] = d
			}
			continue
		}
		if x == nil {
			rs, err := rules.LoadDir(*rulesDir)
			if err != nil {
				return fmt.Errorf("load rules: %w", err)
			}
			x = extract.New(rs)
		}
		t, err := corpus.ReadFile(ctx, path, corpus.Options{})
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		preds[eval.Key(path)] = x.Extract(t.Input(path))
	}
	opt := eval.Options{Extra: *extra}
	rep := eval.Score(golds, preds, opt)
	if *baseline != "" {
		bp, err := eval.ReadPredictionsFile(*baseline)
		if err != nil {
			return err
		}
		rep.PrintDiff(e.stdout, eval.Score(golds, bp, opt))
		return nil
	}
	if *strict {
		rep.PrintWithStrict(e.stdout, eval.Score(golds, preds, eval.Options{Extra: *extra, Strict: true}), *verbose)
		return nil
	}
	rep.Print(e.stdout, *verbose)
	return nil
}
