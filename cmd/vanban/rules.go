package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/vanban/vanban/rules"
)

// runRules checks or lists the rule files: "rules check [--rules DIR]"
// loads and validates them, "rules list [--rules DIR] KIND" prints one kind.
func runRules(ctx context.Context, e *env) error {
	if len(e.args) == 0 {
		return fmt.Errorf("%w: rules check|list [--rules DIR] [KIND]", errUsage)
	}
	sub := e.args[0]
	e.args = e.args[1:]
	fs := e.flags("rules "+sub, "[--rules DIR] [KIND]")
	dir := fs.String("rules", "", "directory of rule files overriding the built-in ones")
	if err := e.parse(fs); err != nil {
		return err
	}
	rs, err := rules.LoadDir(*dir)
	switch sub {
	case "check":
		if err != nil {
			fmt.Fprintln(e.stderr, err)
			return errFailed
		}
		g := rs.Gazetteer
		fmt.Fprintf(e.stdout, "ok: %d document types, %d authorities and titles, %d abbreviations, %d issuer heads, %d agencies, %d indicators\n",
			len(rs.DocTypes), len(rs.Authorities), len(rs.Abbreviations), len(rs.IssuerHeads), len(rs.Agencies), len(rs.Indicators))
		fmt.Fprintf(e.stdout, "gazetteer: %d provinces, %d districts, %d communes before 2025-07-01; %d provinces, %d communes after\n",
			len(g.Units(rules.GazProvince)), len(g.Units(rules.GazDistrict)), len(g.Units(rules.GazCommune)),
			len(g.Units(rules.GazProvince2025)), len(g.Units(rules.GazCommune2025)))
		return nil
	case "list":
		if err != nil {
			return fmt.Errorf("load rules: %w", err)
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("%w: rules list KIND (doctypes, authorities, abbreviations, issuers, agencies, agencywords, indicators, targetwords, citewords, provinces, provinces2025)", errUsage)
		}
		return listRules(e, rs, fs.Arg(0))
	}
	return fmt.Errorf("%w: unknown rules subcommand %q", errUsage, sub)
}

// listRules prints one kind of rule as tab-separated lines.
func listRules(e *env, rs *rules.Set, kind string) error {
	w := e.stdout
	switch kind {
	case "doctypes":
		for _, d := range rs.DocTypes {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", d.Name, d.Symbol, strings.Join(d.Variants, "|"), d.Kind)
		}
	case "authorities":
		for _, a := range rs.Authorities {
			fmt.Fprintf(w, "%s\t%s\t%s\n", a.Prefix, a.Canonical, a.Kind)
		}
	case "abbreviations":
		for _, a := range rs.Abbreviations {
			fmt.Fprintf(w, "%s\t%s\n", a.Abbr, a.Full)
		}
	case "issuers":
		for _, h := range rs.IssuerHeads {
			fmt.Fprintf(w, "%s\t%s\t%s\n", h.Head, h.Level, h.Kind)
		}
	case "agencies":
		for _, a := range rs.Agencies {
			fmt.Fprintf(w, "%s\t%s\t%s\n", a.Key, a.Name, strings.Join(a.Variants, "|"))
		}
	case "agencywords":
		for _, a := range rs.AgencyWords {
			fmt.Fprintf(w, "%s\t%s\n", a.Words, a.Kind)
		}
	case "indicators":
		for _, in := range rs.Indicators {
			fmt.Fprintf(w, "%s\t%s\t%s\n", in.Key, in.Label, strings.Join(in.Phrases, "|"))
		}
	case "targetwords":
		for _, t := range rs.TargetWords {
			fmt.Fprintf(w, "%s\t%s\t%s\n", t.Words, t.Kind, t.Op)
		}
	case "citewords":
		for _, c := range rs.CiteWords {
			fmt.Fprintf(w, "%s\t%s\t%s\n", c.Word, c.Kind, c.Value)
		}
	case "provinces", "provinces2025":
		level := rules.GazProvince
		if kind == "provinces2025" {
			level = rules.GazProvince2025
		}
		for _, u := range rs.Gazetteer.Units(level) {
			line := fmt.Sprintf("%s\t%s\t%s", u.Code, u.Type, u.Name)
			if p, ok := rs.Gazetteer.Province2025(u); ok && level == rules.GazProvince {
				line += "\t→ " + p.Name
			}
			fmt.Fprintln(w, line)
		}
	default:
		return fmt.Errorf("%w: unknown kind %q", errUsage, kind)
	}
	return nil
}
