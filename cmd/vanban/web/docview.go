package web

import (
	"html/template"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/index"
)

// Marks of the document text.
const (
	markNum    = "n"      // a number or a percentage
	markDate   = "d"      // a date
	markCite   = "c"      // a citation of another document (a link to its cascade)
	markTarget = "target" // the sentence a target came from
)

// docSpan is a marked run of the text, in bytes.
type docSpan struct {
	a, b int
	kind string
	href string
}

// docLongDate is the written-out date ("ngày 02 tháng 6 năm 2020"), tried
// only where a word "ngày" starts.
var docLongDate = regexp.MustCompile(`^(?i:ngày)\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`)

// docMarkup renders the text of d with numbers, dates, citations and
// target sentences marked. Every piece of text is escaped; the only tags
// are the marks themselves.
func docMarkup(text string, d *extract.Document) template.HTML {
	tokens := docTokens(text, d)
	targets := docTargetSpans(text, d)
	// Cut the text at every span boundary and wrap each piece.
	cuts := []int{0, len(text)}
	for _, s := range tokens {
		cuts = append(cuts, s.a, s.b)
	}
	for _, s := range targets {
		cuts = append(cuts, s.a, s.b)
	}
	sort.Ints(cuts)
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	ti, ki := 0, 0
	open := false
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], cuts[i+1]
		if a == z {
			continue
		}
		for ti < len(targets) && targets[ti].b <= a {
			ti++
		}
		in := ti < len(targets) && targets[ti].a <= a && z <= targets[ti].b
		if in != open {
			if in {
				b.WriteString(`<mark class="target">`)
			} else {
				b.WriteString(`</mark>`)
			}
			open = in
		}
		for ki < len(tokens) && tokens[ki].b <= a {
			ki++
		}
		piece := template.HTMLEscapeString(text[a:z])
		if ki < len(tokens) && tokens[ki].a <= a && z <= tokens[ki].b {
			t := tokens[ki]
			switch t.kind {
			case markCite:
				b.WriteString(`<a class="c" href="` + template.HTMLEscapeString(t.href) + `">` + piece + `</a>`)
			case markDate:
				b.WriteString(`<span class="d">` + piece + `</span>`)
			default:
				b.WriteString(`<span class="n">` + piece + `</span>`)
			}
			continue
		}
		b.WriteString(piece)
	}
	if open {
		b.WriteString(`</mark>`)
	}
	return template.HTML(b.String())
}

// docTargetSpans finds the sentences of d's targets in text, first
// occurrence each, without overlaps.
func docTargetSpans(text string, d *extract.Document) []docSpan {
	var spans []docSpan
	for _, t := range d.Targets {
		s := strings.TrimSpace(t.Text)
		if len(s) < 8 {
			continue
		}
		if i := strings.Index(text, s); i >= 0 {
			spans = append(spans, docSpan{a: i, b: i + len(s), kind: markTarget})
		}
	}
	return docNonOverlapping(spans)
}

func docNonOverlapping(spans []docSpan) []docSpan {
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].a < spans[j].a })
	out := spans[:0]
	end := -1
	for _, s := range spans {
		if s.a >= end {
			out = append(out, s)
			end = s.b
		}
	}
	return out
}

// docCiteKey compares document symbols across the ways they are written:
// folded, with "-" and "/" alike ("49/KL-TW" is "49-KL/TW").
func docCiteKey(s string) string {
	return strings.ReplaceAll(index.Key(s), "-", "/")
}

// docTokens finds numbers, dates and citation ids in one pass: a token
// starts at a digit after a non-word character and runs over digits,
// letters and . , / - ; written-out dates start at "ngày".
func docTokens(text string, d *extract.Document) []docSpan {
	cites := map[string]string{}
	for _, c := range d.Citations {
		cites[docCiteKey(c.ID)] = c.ID
	}
	var out []docSpan
	prevWord := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !prevWord && (r == 'n' || r == 'N') {
			if m := docLongDate.FindString(text[i:min(len(text), i+48)]); m != "" {
				out = append(out, docSpan{a: i, b: i + len(m), kind: markDate})
				i += len(m)
				prevWord = false
				continue
			}
		}
		if prevWord || r < '0' || r > '9' {
			prevWord = word
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '.' || r2 == ',' || r2 == '/' || r2 == '-') {
				break
			}
			j += n2
		}
		tok := strings.TrimRight(text[i:j], ".,/-")
		j = i + len(tok)
		if s, ok := docClassify(tok, cites); ok {
			s.a, s.b = i, j
			if s.kind == markNum && j < len(text) && text[j] == '%' {
				s.b++
			}
			out = append(out, s)
		}
		i = j
		prevWord = true
	}
	return out
}

// docClassify tells what a token starting with a digit is: a citation of
// d, a numeric date (30/7/2021), a number (70, 2.500, 1,5), or nothing
// (a symbol of no cited document, an alphanumeric code).
func docClassify(tok string, cites map[string]string) (docSpan, bool) {
	if strings.ContainsAny(tok, "/-") {
		if id, ok := cites[docCiteKey(tok)]; ok {
			return docSpan{kind: markCite, href: (&url.URL{Path: "/cites/" + id}).EscapedPath()}, true
		}
		if docNumericDate(tok) {
			return docSpan{kind: markDate}, true
		}
		return docSpan{}, false
	}
	for _, c := range tok {
		if !(c >= '0' && c <= '9' || c == '.' || c == ',') {
			return docSpan{}, false
		}
	}
	return docSpan{kind: markNum}, true
}

// docNumericDate reports d/m/yyyy or d-m-yyyy with a plausible day and month.
func docNumericDate(tok string) bool {
	parts := strings.FieldsFunc(tok, func(r rune) bool { return r == '/' || r == '-' })
	if len(parts) != 3 || len(parts[2]) != 4 {
		return false
	}
	num := func(s string, lo, hi int) bool {
		if len(s) == 0 || len(s) > 4 {
			return false
		}
		v := 0
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
			v = v*10 + int(c-'0')
		}
		return v >= lo && v <= hi
	}
	return num(parts[0], 1, 31) && num(parts[1], 1, 12) && num(parts[2], 1900, 2100)
}

// docFacet is one field of the document shown as links to the searches
// filtered by its values.
type docFacet struct {
	Label string
	Links []docLink
}

type docLink struct{ Text, Href string }

// docFacets lists d's facet values as search links; levels and indicator
// keys are shown by their names.
func docFacets(d *extract.Document, labels map[string]string) []docFacet {
	var out []docFacet
	add := func(field string, vals ...string) {
		f := docFacet{Label: facetLabels[field]}
		seen := map[string]bool{}
		for _, v := range vals {
			if v = strings.TrimSpace(v); v == "" || seen[v] {
				continue
			}
			seen[v] = true
			text := v
			if n := levelNames[v]; field == "level" && n != "" {
				text = n
			}
			if n := labels[v]; field == "indicator" && n != "" {
				text = n
			}
			f.Links = append(f.Links, docLink{Text: text, Href: "/?" + url.Values{field: {v}}.Encode()})
		}
		if len(f.Links) > 0 {
			out = append(out, f)
		}
	}
	add("doc_type", d.DocType)
	add("level", d.Issuer.Level)
	add("province", d.Issuer.Province)
	add("province_2025", d.Issuer.Province2025)
	add("issuer", d.Issuer.Name)
	if len(d.Issued.Date) >= 4 {
		add("year", d.Issued.Date[:4])
	}
	add("field", d.Field)
	var signers, keys []string
	for _, s := range d.Signers {
		signers = append(signers, s.Name)
	}
	for _, t := range d.Targets {
		keys = append(keys, t.Key)
	}
	add("signer", signers...)
	add("indicator", keys...)
	return out
}
