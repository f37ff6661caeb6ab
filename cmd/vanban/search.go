package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vanban/vanban/index"
)

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// openIndex opens the index of a data directory for reading.
func openIndex(data string) (*index.Index, error) {
	x, err := index.Open(filepath.Join(dataDir(data), "index"), index.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	return x, nil
}

func runSearch(ctx context.Context, e *env) error {
	fs := e.flags("search", `[--data DIR] [--filter k=v]... [--facets] [--json] [--limit N] [--from N] QUERY`)
	data := fs.String("data", "", "data directory (default $VANBAN_DATA or ./vanban-data)")
	var filters multiFlag
	fs.Var(&filters, "filter", "keep documents with field=value (province, province_2025, level, doc_type, year, issuer, signer, cites, field, indicator, agency, number); repeat to combine")
	facets := fs.Bool("facets", false, "print facet counts")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 10, "hits to print")
	from := fs.Int("from", 0, "skip this many hits")
	if err := e.parse(fs); err != nil {
		return err
	}
	req := index.Request{Query: strings.Join(fs.Args(), " "), Size: *limit, From: *from, Highlight: true,
		Filters: map[string][]string{}}
	for _, f := range filters {
		k, v, ok := strings.Cut(f, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return fmt.Errorf("%w: --filter %q is not field=value", errUsage, f)
		}
		k = strings.TrimSpace(k)
		req.Filters[k] = append(req.Filters[k], strings.TrimSpace(v))
	}
	if *facets || *asJSON {
		req.Facets = index.FacetFields
	}
	x, err := openIndex(*data)
	if err != nil {
		return err
	}
	defer x.Close()
	res, err := x.Search(ctx, req)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	}
	fmt.Fprintf(e.stdout, "%d documents\n", res.Total)
	for i, h := range res.Hits {
		num := h.Number
		if num == "" {
			num = "(không số)"
		}
		fmt.Fprintf(e.stdout, "\n%d. %s  %s  %s  %s  [%s]\n", *from+i+1, num, h.DocType, h.Issuer, h.Date, h.ID)
		if h.Title != "" {
			fmt.Fprintf(e.stdout, "   %s\n", h.Title)
		}
		if h.Snippet != "" {
			fmt.Fprintf(e.stdout, "   … %s …\n", termMarks(h.Snippet))
		}
	}
	if *facets {
		names := make([]string, 0, len(res.Facets))
		for n := range res.Facets {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			if len(res.Facets[n]) == 0 {
				continue
			}
			fmt.Fprintf(e.stdout, "\n%s:", n)
			for _, c := range res.Facets[n] {
				fmt.Fprintf(e.stdout, "  %s (%d)", c.Value, c.Count)
			}
			fmt.Fprintln(e.stdout)
		}
	}
	return nil
}

// termMarks shows <mark> highlights as [[…]] in a terminal.
func termMarks(s string) string {
	return html.UnescapeString(strings.NewReplacer("<mark>", "[[", "</mark>", "]]").Replace(s))
}
