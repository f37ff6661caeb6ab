package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/extract"
)

func runShow(ctx context.Context, e *env) error {
	fs := e.flags("show", "[--data DIR] [--json] ID|NUMBER")
	data := fs.String("data", "", "data directory (default $VANBAN_DATA or ./vanban-data)")
	asJSON := fs.Bool("json", false, "print the Document JSON")
	if err := e.parse(fs); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: one ID or number", errUsage)
	}
	arg := fs.Arg(0)
	dir := dataDir(*data)
	if _, err := os.Stat(filepath.Join(dir, "ledger.jsonl")); err != nil {
		return fmt.Errorf("show: no data in %s (run vanban ingest): %w", dir, err)
	}
	st, err := corpus.OpenStore(dir)
	if err != nil {
		return err
	}
	sd, err := st.Stored(arg)
	if errors.Is(err, os.ErrNotExist) {
		x, oerr := openIndex(*data)
		if oerr != nil {
			return oerr
		}
		hits, herr := x.ByNumber(ctx, arg, 0)
		x.Close()
		if herr != nil {
			return herr
		}
		if len(hits) == 0 {
			return fmt.Errorf("show: no document with id or number %q", arg)
		}
		if len(hits) > 1 {
			fmt.Fprintf(e.stderr, "%d documents have number %s; showing the first (others:", len(hits), arg)
			for _, h := range hits[1:] {
				fmt.Fprintf(e.stderr, " %s", h.ID)
			}
			fmt.Fprintln(e.stderr, ")")
		}
		sd, err = st.Stored(hits[0].ID)
	}
	if err != nil {
		return err
	}
	d := sd.Doc
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	showDoc(e, &d, st.Sources(d.ID))
	return nil
}

func showDoc(e *env, d *extract.Document, sources []string) {
	w := e.stdout
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-12s %s\n", k+":", v)
		}
	}
	line("id", d.ID)
	if d.Number != nil {
		line("number", d.Number.Text)
	}
	line("type", d.DocType)
	line("title", d.Title)
	line("date", d.Issued.Date)
	line("place", d.Issued.Place)
	line("issuer", d.Issuer.Name)
	line("level", d.Issuer.Level)
	line("province", d.Issuer.Province)
	line("prov. 2025", d.Issuer.Province2025)
	line("district", d.Issuer.District)
	line("commune", d.Issuer.Commune)
	line("field", d.Field)
	if d.Period.From != nil && d.Period.To != nil {
		line("period", fmt.Sprintf("%d–%d", *d.Period.From, *d.Period.To))
	}
	for _, s := range d.Signers {
		line("signer", fmt.Sprintf("%s, %s %s", s.Name, s.Authority, s.Title))
	}
	for _, s := range sources {
		line("source", s)
	}
	if len(d.Citations) > 0 {
		fmt.Fprintln(w, "\ncitations:")
		for _, c := range d.Citations {
			fmt.Fprintf(w, "  %-22s %-10s %s %s\n", c.ID, c.Relation, c.Date, c.Issuer)
		}
	}
	if len(d.Targets) > 0 {
		fmt.Fprintln(w, "\ntargets:")
		for _, t := range d.Targets {
			year := ""
			if t.Year != nil {
				year = fmt.Sprint(*t.Year)
			}
			fmt.Fprintf(w, "  %s %g%s %s  (%s) %s\n", t.Op, t.Value, t.Unit, year, t.Key, t.Indicator)
		}
	}
	if len(d.Agencies) > 0 {
		fmt.Fprintln(w, "\nagencies:")
		for _, a := range d.Agencies {
			fmt.Fprintf(w, "  %-10s %s\n", a.Role, a.Name)
		}
	}
	for _, s := range d.Warnings {
		line("warning", s)
	}
}
