package eval

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/vanban/vanban/extract"
)

// Counts are true positives, false positives and false negatives of a field.
type Counts struct {
	TP, FP, FN int
}

func (c *Counts) add(tp, fp, fn int) { c.TP += tp; c.FP += fp; c.FN += fn }

// Empty reports whether the field was never scored.
func (c Counts) Empty() bool { return c.TP+c.FP+c.FN == 0 }

// PRF returns precision, recall and F1. As in score.py, an empty
// denominator counts as 1 and F1 is 0 when nothing was found.
func (c Counts) PRF() (p, r, f float64) {
	p, r = 1, 1
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	if c.TP == 0 {
		f = 0
	}
	return p, r, f
}

// Mismatch is one disagreement between gold and prediction.
type Mismatch struct {
	Doc   string // gold key
	Field string
	Gold  string
	Pred  string
}

// String formats a mismatch as score.py's verbose lines do.
func (m Mismatch) String() string {
	return fmt.Sprintf("%s: %s: gold=%s pred=%s", m.Doc, m.Field, m.Gold, m.Pred)
}

// Options change what Score compares.
type Options struct {
	Strict bool // compare with accents (score.py folds them away)
	Extra  bool // also score issuer.name, field, recipients and signers.title, which score.py ignores
}

// Report is the outcome of scoring a set of predictions.
type Report struct {
	Fields     []string          // field names in score.py's order
	Counts     map[string]Counts // by field
	Mismatches []Mismatch
	Missing    []string // gold keys without a prediction
}

// F1 returns the F1 of a field and whether it was scored at all.
func (r *Report) F1(field string) (float64, bool) {
	c, ok := r.Counts[field]
	if !ok || c.Empty() {
		return 0, false
	}
	_, _, f := c.PRF()
	return f, true
}

// Overall is the mean F1 of the scored fields, as score.py's last line.
func (r *Report) Overall() float64 {
	sum, n := 0.0, 0
	for _, name := range r.Fields {
		if f, ok := r.F1(name); ok {
			sum += f
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// scorer accumulates counts for one Score call.
type scorer struct {
	opt Options
	rep *Report
	doc string
}

func (s *scorer) fold(x string) string { return fold(x, s.opt.Strict) }

func (s *scorer) counts(field string) *Counts {
	if _, ok := s.rep.Counts[field]; !ok {
		s.rep.Fields = append(s.rep.Fields, field)
		s.rep.Counts[field] = Counts{}
	}
	c := s.rep.Counts[field]
	return &c
}

// add records counts for a field (created in first-use order).
func (s *scorer) add(field string, tp, fp, fn int) {
	c := s.counts(field)
	c.add(tp, fp, fn)
	s.rep.Counts[field] = *c
}

func (s *scorer) log(field, gold, pred string) {
	s.rep.Mismatches = append(s.rep.Mismatches, Mismatch{Doc: s.doc, Field: field, Gold: gold, Pred: pred})
}

// scalar mirrors score.py's scalar: an unexpected value is a false
// positive, a missing one a false negative, a wrong one both.
func (s *scorer) scalar(field, gold, pred string, eq func(a, b string) bool) {
	s.counts(field)
	switch {
	case gold == "":
		if pred != "" {
			s.add(field, 0, 1, 0)
			s.log(field, "", pred)
		}
	case pred == "":
		s.add(field, 0, 0, 1)
		s.log(field, gold, "")
	case eq(gold, pred):
		s.add(field, 1, 0, 0)
	default:
		s.add(field, 0, 1, 1)
		s.log(field, gold, pred)
	}
}

func (s *scorer) same(a, b string) bool { return s.fold(a) == s.fold(b) }

func (s *scorer) either(a, b string) bool {
	fa, fb := s.fold(a), s.fold(b)
	return strings.Contains(fb, fa) || strings.Contains(fa, fb)
}

func (s *scorer) contains(a, b string) bool { return strings.Contains(s.fold(b), s.fold(a)) }

// Score compares predictions (keyed by Key of their source path) with the
// gold documents, in the gold order.
func Score(golds []Gold, preds map[string]extract.Document, opt Options) *Report {
	rep := &Report{Counts: map[string]Counts{}}
	s := &scorer{opt: opt, rep: rep}
	for _, g := range golds {
		s.doc = g.Key()
		p, ok := preds[s.doc]
		if !ok {
			rep.Missing = append(rep.Missing, s.doc)
		}
		s.document(g, p)
	}
	return rep
}

func (s *scorer) document(g Gold, p extract.Document) {
	s.scalar("doc_type", g.DocType, p.DocType, s.same)
	var gn, pn string
	if g.Number != nil {
		gn = g.Number.Text
	}
	if p.Number != nil {
		pn = p.Number.Text
	}
	s.scalar("number", gn, pn, func(a, b string) bool { return canonID(a) == canonID(b) })
	s.scalar("issued.date", g.Issued.Date, p.Issued.Date, s.same)
	s.scalar("issued.place", g.Issued.Place, p.Issued.Place, s.same)
	s.scalar("issuer.level", g.Issuer.Level, p.Issuer.Level, s.same)
	s.scalar("issuer.province", g.Issuer.Province, p.Issuer.Province, s.either)
	s.scalar("issuer.province_2025", g.Issuer.Province2025, p.Issuer.Province2025, s.either)
	s.scalar("issuer.district", g.Issuer.District, p.Issuer.District, s.same)
	s.scalar("issuer.commune", g.Issuer.Commune, p.Issuer.Commune, s.same)
	if g.TitleContains != "" {
		s.scalar("title", g.TitleContains, p.Title, s.contains)
	}
	s.signers(g, p)
	s.citations(g, p)
	s.agencies(g, p)
	s.targets(g, p)
	if s.opt.Extra {
		s.extra(g, p)
	}
}

// set is a set of folded strings.
type set map[string]bool

func (a set) minus(b set) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func (a set) inter(b set) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func (s *scorer) signers(g Gold, p extract.Document) {
	gs, ps := set{}, set{}
	for _, x := range g.Signers {
		gs[s.fold(x.Name)] = true
	}
	for _, x := range p.Signers {
		ps[s.fold(x.Name)] = true
	}
	s.counts("signers")
	s.add("signers", gs.inter(ps), len(ps.minus(gs)), len(gs.minus(ps)))
	if len(ps.minus(gs)) > 0 || len(gs.minus(ps)) > 0 {
		s.log("signers", fmt.Sprint(gs.minus(set{})), fmt.Sprint(ps.minus(set{})))
	}
}

func (s *scorer) citations(g Gold, p extract.Document) {
	gi, opt, pi := set{}, set{}, set{}
	for _, c := range g.Citations {
		gi[canonID(c.ID)] = true
	}
	for _, c := range g.CitationsOptional {
		opt[canonID(c.ID)] = true
	}
	byID := map[string]extract.Citation{}
	for _, c := range p.Citations {
		byID[canonID(c.ID)] = c
	}
	for id := range byID {
		if !opt[id] {
			pi[id] = true
		}
	}
	s.counts("citations")
	miss, extra := gi.minus(pi), pi.minus(gi)
	s.add("citations", gi.inter(pi), len(extra), len(miss))
	if len(miss) > 0 || len(extra) > 0 {
		s.log("citations", "missing "+fmt.Sprint(miss), "extra "+fmt.Sprint(extra))
	}
	s.counts("citations.date")
	for _, c := range g.Citations {
		pc, ok := byID[canonID(c.ID)]
		if !ok || c.Date == "" {
			continue
		}
		if pc.Date == c.Date {
			s.add("citations.date", 1, 0, 0)
		} else {
			s.add("citations.date", 0, 1, 1)
			s.log("citations.date "+c.ID, c.Date, pc.Date)
		}
	}
}

func (s *scorer) agencies(g Gold, p extract.Document) {
	var names []string
	for _, a := range p.Agencies {
		switch a.Role {
		case extract.RoleLead, extract.RoleAssigned, extract.RoleCoordinate:
			names = append(names, s.fold(a.Name))
		}
	}
	s.counts("agencies.assigned")
	for _, want := range g.AgenciesAssignedContains {
		w, hit := s.fold(want), false
		for _, n := range names {
			if strings.Contains(n, w) {
				hit = true
				break
			}
		}
		if hit {
			s.add("agencies.assigned", 1, 0, 0)
		} else {
			s.add("agencies.assigned", 0, 0, 1)
			s.log("agency missing", want, "")
		}
	}
}

func sameYear(a, b *int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func (s *scorer) targets(g Gold, p extract.Document) {
	s.counts("targets")
	s.counts("targets.op")
	used := make([]bool, len(p.Targets))
	for _, t := range g.Targets {
		hit := -1
		for i, q := range p.Targets {
			if used[i] {
				continue
			}
			if math.Abs(q.Value-t.Value) < 1e-9 && s.fold(q.Unit) == s.fold(t.Unit) && sameYear(q.Year, t.Year) &&
				strings.Contains(s.fold(q.Indicator), s.fold(t.IndicatorContains)) {
				hit = i
				break
			}
		}
		if hit < 0 {
			if !t.Optional {
				s.add("targets", 0, 0, 1)
				s.log("target missing", fmt.Sprintf("%v %s %v %q", t.Value, t.Unit, yearString(t.Year), t.IndicatorContains), "")
			}
			continue
		}
		used[hit] = true
		if !t.Optional {
			s.add("targets", 1, 0, 0)
		}
		if p.Targets[hit].Op == t.Op {
			s.add("targets.op", 1, 0, 0)
		} else {
			s.add("targets.op", 0, 1, 1)
			s.log("target op", fmt.Sprintf("%v %s: %s", t.Value, t.Unit, t.Op), p.Targets[hit].Op)
		}
	}
	for i, q := range p.Targets {
		if !used[i] {
			s.add("targets", 0, 1, 0)
			s.log("target extra", "", fmt.Sprintf("%v %s %v %q", q.Value, q.Unit, yearString(q.Year), q.Indicator))
		}
	}
}

func yearString(y *int) string {
	if y == nil {
		return "-"
	}
	return fmt.Sprint(*y)
}

// extra scores the fields score.py leaves out.
func (s *scorer) extra(g Gold, p extract.Document) {
	if g.Issuer.NameContains != "" {
		s.scalar("issuer.name", g.Issuer.NameContains, p.Issuer.Name, s.contains)
	}
	s.scalar("field", g.Field, p.Field, s.same)
	if len(g.RecipientsContains) > 0 {
		s.counts("recipients")
		for _, want := range g.RecipientsContains {
			hit := false
			for _, r := range p.Recipients {
				hit = hit || s.contains(want, r)
			}
			if hit {
				s.add("recipients", 1, 0, 0)
			} else {
				s.add("recipients", 0, 0, 1)
				s.log("recipient missing", want, "")
			}
		}
	}
	for _, gs := range g.Signers {
		if gs.TitleOptional {
			continue
		}
		for _, ps := range p.Signers {
			if s.same(gs.Name, ps.Name) {
				s.scalar("signers.title", gs.Title, ps.Title, s.same)
			}
		}
	}
}
