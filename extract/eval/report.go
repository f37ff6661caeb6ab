package eval

import (
	"fmt"
	"io"
	"math"
)

// Print writes the per-field table and the overall line in score.py's
// format; with verbose, the mismatches first.
func (r *Report) Print(w io.Writer, verbose bool) {
	if verbose {
		for _, k := range r.Missing {
			fmt.Fprintf(w, "  %s: NO PREDICTION\n", k)
		}
		for _, m := range r.Mismatches {
			fmt.Fprintf(w, "  %s\n", m)
		}
	}
	fmt.Fprintf(w, "%-22s %6s %6s %6s\n", "field", "P", "R", "F1")
	for _, name := range r.Fields {
		c := r.Counts[name]
		if c.Empty() {
			fmt.Fprintf(w, "%-22s %6s %6s %6s\n", name, "-", "-", "-")
			continue
		}
		p, rc, f := c.PRF()
		fmt.Fprintf(w, "%-22s %6.3f %6.3f %6.3f\n", name, p, rc, f)
	}
	fmt.Fprintf(w, "overall F1 %.3f\n", r.Overall())
}

// PrintDiff writes what r gained and lost against base: per-field F1
// changes, then the mismatches that appeared (lost) and disappeared
// (gained).
func (r *Report) PrintDiff(w io.Writer, base *Report) {
	fmt.Fprintf(w, "%-22s %6s %6s %7s\n", "field", "base", "now", "delta")
	for _, name := range r.Fields {
		now, ok1 := r.F1(name)
		was, ok2 := base.F1(name)
		if !ok1 && !ok2 {
			continue
		}
		mark := ""
		if d := now - was; math.Abs(d) >= 0.0005 {
			mark = fmt.Sprintf("%+7.3f", d)
		}
		fmt.Fprintf(w, "%-22s %6.3f %6.3f %7s\n", name, was, now, mark)
	}
	fmt.Fprintf(w, "overall F1 %.3f → %.3f (%+.3f)\n", base.Overall(), r.Overall(), r.Overall()-base.Overall())
	had := map[Mismatch]bool{}
	for _, m := range base.Mismatches {
		had[m] = true
	}
	has := map[Mismatch]bool{}
	for _, m := range r.Mismatches {
		has[m] = true
		if !had[m] {
			fmt.Fprintf(w, "- lost:   %s\n", m)
		}
	}
	for _, m := range base.Mismatches {
		if !has[m] {
			fmt.Fprintf(w, "+ gained: %s\n", m)
		}
	}
}

// PrintWithStrict writes the folded table with a last column holding the
// strict (accent-sensitive) F1 of each field from strict.
func (r *Report) PrintWithStrict(w io.Writer, strict *Report, verbose bool) {
	if verbose {
		for _, k := range r.Missing {
			fmt.Fprintf(w, "  %s: NO PREDICTION\n", k)
		}
		for _, m := range strict.Mismatches {
			fmt.Fprintf(w, "  %s\n", m)
		}
	}
	fmt.Fprintf(w, "%-22s %6s %6s %6s %8s\n", "field", "P", "R", "F1", "strictF1")
	for _, name := range r.Fields {
		c := r.Counts[name]
		if c.Empty() {
			fmt.Fprintf(w, "%-22s %6s %6s %6s %8s\n", name, "-", "-", "-", "-")
			continue
		}
		p, rc, f := c.PRF()
		sf, _ := strict.F1(name)
		fmt.Fprintf(w, "%-22s %6.3f %6.3f %6.3f %8.3f\n", name, p, rc, f, sf)
	}
	fmt.Fprintf(w, "overall F1 %.3f (strict %.3f)\n", r.Overall(), strict.Overall())
}
