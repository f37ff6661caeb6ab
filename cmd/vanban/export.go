package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/index"
)

func runExport(ctx context.Context, e *env) error {
	fs := e.flags("export", "[--data DIR] --format jsonl|csv|opensearch [--what documents|targets|citations] [--template FILE] [--index NAME]")
	data := fs.String("data", "", "data directory (default $VANBAN_DATA or ./vanban-data)")
	format := fs.String("format", "jsonl", "jsonl, csv or opensearch (bulk NDJSON)")
	what := fs.String("what", "documents", "documents, targets or citations")
	tpl := fs.String("template", "", "with --format opensearch: also write the index template (mapping) to FILE")
	name := fs.String("index", "", "with --format opensearch: index name (default vanban-WHAT)")
	if err := e.parse(fs); err != nil {
		return err
	}
	dir := dataDir(*data)
	if _, err := os.Stat(filepath.Join(dir, "ledger.jsonl")); err != nil {
		return fmt.Errorf("export: no data in %s (run vanban ingest): %w", dir, err)
	}
	st, err := corpus.OpenStore(dir)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(e.stdout)
	ex, err := index.NewExporter(bw, *format, *what, *name)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if err := exportStore(ctx, st, ex); err != nil {
		return err
	}
	if err := ex.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if *tpl != "" {
		pattern := "vanban-*"
		if *name != "" {
			pattern = *name + "*"
		}
		b, err := index.OpenSearchTemplate(pattern)
		if err != nil {
			return err
		}
		if err := os.WriteFile(*tpl, append(b, '\n'), 0o644); err != nil {
			return fmt.Errorf("write template %s: %w", *tpl, err)
		}
	}
	e.log.Info("exported", "records", ex.Count(), "format", *format, "what", *what)
	return nil
}

// exportStore adds every stored document once, in ledger path order.
func exportStore(ctx context.Context, st *corpus.Store, ex *index.Exporter) error {
	seen := map[string]bool{}
	for _, le := range st.Entries() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if le.DocID == "" || seen[le.DocID] {
			continue
		}
		seen[le.DocID] = true
		d, err := st.Get(le.DocID)
		if err != nil {
			return fmt.Errorf("export %s: %w", le.DocID, err)
		}
		if err := ex.Add(&d); err != nil {
			return err
		}
	}
	return nil
}
