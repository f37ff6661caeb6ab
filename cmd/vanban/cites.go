package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/vanban/vanban/index"
)

func runCites(ctx context.Context, e *env) error {
	fs := e.flags("cites", "[--data DIR] [--depth N] [--max N] [--format tree|json] ID | --top [--n N]")
	data := fs.String("data", "", "data directory (default $VANBAN_DATA or ./vanban-data)")
	depth := fs.Int("depth", 6, "levels of the cascade")
	format := fs.String("format", "tree", "tree or json")
	top := fs.Bool("top", false, "list the most cited documents with counts by province")
	limit := fs.Int("n", 20, "with --top: how many")
	maxKids := fs.Int("max", 100, "documents listed under one node; the rest are counted")
	if err := e.parse(fs); err != nil {
		return err
	}
	if *format != "tree" && *format != "json" {
		return fmt.Errorf("%w: --format %q: tree or json", errUsage, *format)
	}
	if !*top && fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: one cited document id, e.g. 1373/QĐ-TTg, or --top", errUsage)
	}
	x, err := openIndex(*data)
	if err != nil {
		return err
	}
	defer x.Close()
	if *top {
		tops, err := index.TopCited(ctx, x, *limit)
		if err != nil {
			return err
		}
		if *format == "json" {
			return writeJSON(e.stdout, tops)
		}
		writeTop(e.stdout, tops)
		return nil
	}
	root, err := index.Cascade(ctx, x, fs.Arg(0), index.CascadeOptions{Depth: *depth, MaxChildren: *maxKids})
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(e.stdout, root)
	}
	writeCascade(e.stdout, root)
	return nil
}

func writeTop(w io.Writer, tops []index.CitedCount) {
	for _, t := range tops {
		provs := make([]string, 0, len(t.ByProvince))
		for p := range t.ByProvince {
			provs = append(provs, p)
		}
		sort.Slice(provs, func(i, j int) bool {
			if t.ByProvince[provs[i]] != t.ByProvince[provs[j]] {
				return t.ByProvince[provs[i]] > t.ByProvince[provs[j]]
			}
			return provs[i] < provs[j]
		})
		parts := make([]string, len(provs))
		for i, p := range provs {
			if p == "" {
				p = "(trung ương/không rõ)"
			}
			parts[i] = fmt.Sprintf("%s %d", p, t.ByProvince[provs[i]])
		}
		fmt.Fprintf(w, "%5d  %-24s  %s\n", t.Count, t.ID, strings.Join(parts, ", "))
	}
}

// writeCascade prints the tree with box-drawing branches.
func writeCascade(w io.Writer, root *index.CascadeNode) {
	head := root.ID
	if root.Type != "" {
		head = root.Type + " " + head
	}
	if root.Issuer != "" {
		head += " — " + root.Issuer
	}
	if root.Date != "" {
		head += ", " + root.Date
	}
	if !root.InCorpus {
		head += "  (not in corpus)"
	}
	fmt.Fprintln(w, head)
	writeEdges(w, root.Children, root.More, "")
	if len(root.Children) == 0 {
		fmt.Fprintln(w, "  (no document in the corpus cites it)")
	}
	fmt.Fprintf(w, "%d corpus document(s) cite it directly\n", root.CitedBy)
}

func writeEdges(w io.Writer, edges []index.CascadeEdge, more int, prefix string) {
	for i, c := range edges {
		branch, next := "├─ ", "│  "
		if i == len(edges)-1 && more == 0 {
			branch, next = "└─ ", "   "
		}
		num := c.Doc.Number
		if num == "" || strings.HasPrefix(num, "/") {
			num = "(không số" + num + ")"
		}
		line := fmt.Sprintf("%s %s — %s", c.Doc.DocType, num, c.Doc.Issuer)
		if c.Doc.Date != "" {
			line += ", " + c.Doc.Date
		}
		var notes []string
		if c.Relation != "" {
			notes = append(notes, relationName(c.Relation))
		}
		if d := delayText(c.DelayDays, c.DelayRange); d != "" {
			notes = append(notes, d)
		}
		if len(notes) > 0 {
			line += "  [" + strings.Join(notes, ", ") + "]"
		}
		id := c.Doc.ID
		if !c.InCorpus {
			id = "(not in corpus)"
		}
		fmt.Fprintf(w, "%s%s%s  %s\n", prefix, branch, line, id)
		writeEdges(w, c.Children, c.More, prefix+next)
	}
	if more > 0 {
		fmt.Fprintf(w, "%s└─ … %d more\n", prefix, more)
	}
}

// delayText is "+364 ngày", or "+214–244 ngày" when a date is only a
// month; "" when unknown.
func delayText(days *int, span []int) string {
	switch {
	case days != nil && *days < 0:
		return fmt.Sprintf("%d ngày: dated before what it cites", *days)
	case days != nil:
		return fmt.Sprintf("+%d ngày", *days)
	case len(span) == 2 && span[0] == span[1]:
		return fmt.Sprintf("+%d ngày", span[0])
	case len(span) == 2:
		return fmt.Sprintf("+%d–%d ngày", span[0], span[1])
	}
	return ""
}

// relationName is the Vietnamese name of a citation relation.
func relationName(rel string) string {
	switch rel {
	case "can-cu":
		return "căn cứ"
	case "thuc-hien":
		return "thực hiện"
	case "dan-chieu":
		return "dẫn chiếu"
	}
	return rel
}
