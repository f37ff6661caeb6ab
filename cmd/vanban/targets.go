package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/vanban/vanban/index"
)

func runTargets(ctx context.Context, e *env) error {
	fs := e.flags("targets", "[--data DIR] [--indicator KEY|TEXT] [--year N] [--level tinh|huyen|xa] [--by province|province_2025] [--format table|csv|json]")
	data := fs.String("data", "", "data directory (default $VANBAN_DATA or ./vanban-data)")
	indicator := fs.String("indicator", "", "indicator key (cong_dan_hoc_tap) or words matched without diacritics")
	year := fs.Int("year", 0, "target year")
	level := fs.String("level", "", "issuer level: tinh, huyen or xa")
	by := fs.String("by", "", "aggregate per province or province_2025 (min/median/max/count of localities)")
	format := fs.String("format", "table", "table, csv or json")
	if err := e.parse(fs); err != nil {
		return err
	}
	if *by != "" && *by != index.ByProvince && *by != index.ByProvince2025 {
		return fmt.Errorf("%w: --by %q: province or province_2025", errUsage, *by)
	}
	switch *format {
	case "table", "csv", "json":
	default:
		return fmt.Errorf("%w: --format %q: table, csv or json", errUsage, *format)
	}
	x, err := openIndex(*data)
	if err != nil {
		return err
	}
	defer x.Close()
	rows, err := index.LoadTargets(ctx, x, *indicator, *year, *level)
	if err != nil {
		return err
	}
	if *by != "" {
		return writeAggs(e.stdout, index.Aggregate(rows, *by), *format)
	}
	return writeTargetRows(e.stdout, rows, *format)
}

// writeTargetRows prints rows as a table, CSV (with BOM) or a JSON array.
func writeTargetRows(w io.Writer, rows []index.TargetRow, format string) error {
	switch format {
	case "json":
		type jrow struct {
			index.TargetRow
			Text string `json:"text,omitempty"`
		}
		out := make([]jrow, len(rows))
		for i := range rows {
			out[i] = jrow{TargetRow: rows[i]}
		}
		return writeJSON(w, out)
	case "csv":
		return writeCSV(w, index.TargetHeader, func(yield func([]string) error) error {
			for i := range rows {
				if err := yield(index.TargetRecord(&rows[i])); err != nil {
					return err
				}
			}
			return nil
		})
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LOCALITY\tLEVEL\tPROVINCE\t2025\tNUMBER\tDATE\tINDICATOR\tOP\tVALUE\tUNIT\tYEAR")
	for _, r := range rows {
		ind := r.Key
		if ind == "" {
			ind = clip(r.Indicator, 40)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Locality, r.Level, r.Province, r.Province2025,
			r.Number, r.Date, ind, r.Op, valueText(r.Value, r.ValueMax), r.Unit, yearText(r.Year))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	fmt.Fprintf(w, "%d targets\n", len(rows))
	return nil
}

func writeAggs(w io.Writer, aggs []index.ProvinceAgg, format string) error {
	header, rec := index.AggHeader, index.AggRecord
	switch format {
	case "json":
		return writeJSON(w, aggs)
	case "csv":
		return writeCSV(w, header, func(yield func([]string) error) error {
			for i := range aggs {
				if err := yield(rec(&aggs[i])); err != nil {
					return err
				}
			}
			return nil
		})
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(header, "\t")))
	for i := range aggs {
		r := rec(&aggs[i])
		if aggs[i].Key != "" {
			r[2] = ""
		} else {
			r[2] = clip(r[2], 40)
		}
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func valueText(v float64, max *float64) string {
	if max != nil {
		return num(v) + "–" + num(*max)
	}
	return num(v)
}

func yearText(y *int) string {
	if y == nil {
		return ""
	}
	return strconv.Itoa(*y)
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}
