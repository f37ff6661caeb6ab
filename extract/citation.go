package extract

import (
	"sort"
	"strings"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// citeRules is the compiled form of the rules the citation finder uses:
// type words from doctypes.tsv and citewords.tsv, organization codes from
// citeorgs.tsv, Party terms from citeterms.tsv, issuer spellings from
// citewords.tsv and abbreviations.tsv. It is never modified after
// newCiteRules returns.
type citeRules struct {
	set      *rules.Set
	types    map[string]citeTypeWord // folded phrase → type ("quyet dinh", "qd")
	maxWords int                     // most words in a type phrase
	lastWord map[string]bool         // folded last words of the type phrases, and "so"
	issuers  []citeIssuer            // canonical spellings of cited bodies, longest first
	heads    []string                // folded issuer head words (issuers.tsv) that open another body
	abbrevs  map[string]string       // abbreviation as written → full form
	commas   [][2]string             // folded names with a comma, split at it: {"van hoa", "the thao va du lich"}
	leads    []citeRelWords          // folded sentence openings stating a relation, longest first
	cues     []citeRelWords          // folded words right before a citation stating its relation
	aliases  []string                // folded words before a short form naming the citation before it
	reports  []string                // folded nouns making "thực hiện X" a subject of report
}

// citeRelWords are folded words that state a relation.
type citeRelWords struct {
	words, rel string
}

// citeTypeWord is a phrase that names the type of a cited document.
type citeTypeWord struct {
	name  string // type name from doctypes.tsv; "" for a noun whose number is no document
	upper bool   // a symbol ("QĐ"): only written in capitals
}

// citeIssuer is the canonical spelling of a cited body.
type citeIssuer struct {
	name     string // "Thủ tướng Chính phủ"
	fold     string // "thu tuong chinh phu"
	complete bool   // nothing follows the name (no place)
}

func newCiteRules(r *rules.Set) *citeRules {
	c := &citeRules{set: r, types: map[string]citeTypeWord{}, lastWord: map[string]bool{"so": true}, abbrevs: map[string]string{}}
	add := func(phrase string, tw citeTypeWord) {
		f := vn.Fold(strings.TrimSpace(phrase))
		if f == "" {
			return
		}
		if old, ok := c.types[f]; ok && (old.name != "" || tw.name == "") && !(old.upper && !tw.upper) {
			return // first spelling wins; a name beats a symbol
		}
		c.types[f] = tw
		ws := strings.Fields(f)
		c.lastWord[ws[len(ws)-1]] = true
		if len(ws) > c.maxWords {
			c.maxWords = len(ws)
		}
	}
	if r != nil {
		for _, d := range r.DocTypes {
			add(d.Name, citeTypeWord{name: d.Name})
		}
		for _, w := range r.CiteWords {
			switch w.Kind {
			case rules.CiteWordType:
				add(w.Word, citeTypeWord{name: w.Value})
			case rules.CiteWordNot:
				add(w.Word, citeTypeWord{})
			case rules.CiteWordIssuer:
				c.issuers = append(c.issuers, citeIssuer{name: w.Word, fold: vn.Fold(w.Word), complete: w.Value == "complete"})
			case rules.CiteWordLead:
				c.leads = append(c.leads, citeRelWords{vn.Fold(w.Word), w.Value})
			case rules.CiteWordCue:
				c.cues = append(c.cues, citeRelWords{vn.Fold(w.Word), w.Value})
			case rules.CiteWordAlias:
				c.aliases = append(c.aliases, vn.Fold(w.Word))
			case rules.CiteWordReport:
				c.reports = append(c.reports, vn.Fold(w.Word))
			}
		}
		for _, d := range r.DocTypes {
			for _, sym := range append([]string{d.Symbol}, d.Variants...) {
				if len(sym) < 2 {
					continue
				}
				if dt, ok := citeDocType(r, sym, rules.KindState); ok {
					add(sym, citeTypeWord{name: dt.Name, upper: true})
				}
			}
		}
		for _, h := range r.IssuerHeads {
			c.heads = append(c.heads, vn.Fold(h.Head))
		}
		for _, a := range r.Abbreviations {
			c.abbrevs[a.Abbr] = a.Full
		}
		for _, a := range r.Abbreviations {
			if l, rt, ok := strings.Cut(vn.Fold(a.Full), ", "); ok {
				c.commas = append(c.commas, [2]string{l, rt})
			}
		}
		for _, o := range r.CiteOrgs {
			if l, rt, ok := strings.Cut(vn.Fold(o.Issuer), ", "); ok {
				c.commas = append(c.commas, [2]string{l, rt})
			}
		}
	}
	sort.SliceStable(c.issuers, func(i, j int) bool { return len(c.issuers[i].fold) > len(c.issuers[j].fold) })
	sort.SliceStable(c.leads, func(i, j int) bool { return len(c.leads[i].words) > len(c.leads[j].words) })
	return c
}

// citeDocType returns the document type whose symbol (first) or variant
// (second) is sym, case-insensitively; among several it prefers a type of
// both kinds, then one of kind: "QĐ" is Quyết định even in a Party symbol,
// "TT" is Thông tư for the state and Thông tri for the Party, "HD" is
// Hướng dẫn rather than the variant spelling of Hợp đồng.
func citeDocType(r *rules.Set, sym, kind string) (rules.DocType, bool) {
	for pass := 0; pass < 2; pass++ {
		var both, same, any *rules.DocType
		for i := range r.DocTypes {
			d := &r.DocTypes[i]
			match := false
			if pass == 0 {
				match = d.Symbol != "" && strings.EqualFold(d.Symbol, sym)
			} else {
				for _, v := range d.Variants {
					match = match || strings.EqualFold(v, sym)
				}
			}
			if !match {
				continue
			}
			switch {
			case d.Kind == rules.KindBoth && both == nil:
				both = d
			case d.Kind == kind && same == nil:
				same = d
			case any == nil:
				any = d
			}
		}
		for _, d := range []*rules.DocType{both, same, any} {
			if d != nil {
				return *d, true
			}
		}
	}
	return rules.DocType{}, false
}

// citations finds the documents t cites, in the order of their first
// mention; d's own number is excluded. See citeScan for the grammar,
// citeMerge for how mentions become citations, and citeDates for the date
// rules (conflicts and Party terms), whose warnings are appended to
// d.Warnings.
func (e *Extractor) citations(t *text, d *Document) []Citation {
	if e.cite == nil || e.cite.set == nil {
		return nil
	}
	sc := citeScanner{r: e.cite, paragraphs: t.paragraphs}
	own := ""
	if d.Number != nil && d.Number.Num != "" {
		if m, ok := sc.parseNumber(d.Number.Text); ok {
			own = m.id
		}
	}
	if own == "" {
		own = sc.ownFromHead(t)
	}
	for i, ln := range t.lines {
		sc.line(t.s, ln.Start, ln.End, i)
	}
	cites, warns := e.cite.merge(sc.ms, own, d)
	d.Warnings = append(d.Warnings, warns...)
	return cites
}

// ownFromHead finds the document's own number when the header parser found
// none: "Số: 3036/SCT-CN" anywhere in the first lines, where a two-column
// layout puts it beside the issuer ("SỞ CÔNG THƯƠNG      Số: 3036/SCT-CN").
func (sc *citeScanner) ownFromHead(t *text) string {
	for i := 0; i < len(t.lines) && i < 20; i++ {
		l := t.line(i)
		for k := 0; k+3 < len(l); k++ {
			if (l[k] != 'S' && l[k] != 's') || !strings.HasPrefix(l[k+1:], "ố") {
				continue
			}
			j := citeSpaces(l, k+1+len("ố"), 2)
			if j >= len(l) || l[j] != ':' {
				continue
			}
			j = citeSpaces(l, j+1, 4)
			if m, ok := sc.parseNumber(l[j:]); ok {
				return m.id
			}
		}
	}
	return ""
}
