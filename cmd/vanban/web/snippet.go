package web

import (
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// Snippets are cut from the stored text of the page's hits, not by the
// index highlighter: that one reads the term locations of every matching
// document, the page needs them for twenty.
const (
	snipWords = 32 // words in a snippet
	snipScan  = 60000
)

// snipWord is a word of a text, in bytes, with its folded form.
type snipWord struct {
	a, b int
	fold string
}

// snippet returns the window of text with the most distinct query words
// (compared folded: "hoc tap" finds "học tập"), escaped, with the words
// in <mark>; the opening words when none occurs (the document matched
// through an abbreviation or its number), "" for an empty query.
func snippet(text, query string) string {
	want := map[string]bool{}
	for _, w := range strings.FieldsFunc(vn.Fold(query), snipNotWord) {
		want[w] = true
	}
	if len(want) == 0 {
		return ""
	}
	if len(text) > snipScan {
		text = text[:snipScan]
	}
	var words []snipWord
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if snipNotWord(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if snipNotWord(r2) {
				break
			}
			j += n2
		}
		words = append(words, snipWord{a: i, b: j, fold: vn.Fold(text[i:j])})
		i = j
	}
	// Slide a window over the words: the most distinct query words, then
	// the most hits.
	best, bestScore := -1, 0
	count := map[string]int{}
	hits := 0
	for i := range words {
		if want[words[i].fold] {
			count[words[i].fold]++
			hits++
		}
		if k := i - snipWords; k >= 0 && want[words[k].fold] {
			count[words[k].fold]--
			if count[words[k].fold] == 0 {
				delete(count, words[k].fold)
			}
			hits--
		}
		if score := len(count)*1000 + hits; score > bestScore {
			best, bestScore = max(0, i-snipWords+1), score
		}
	}
	if len(words) == 0 {
		return ""
	}
	best = max(best, 0)
	end := min(len(words), best+snipWords)
	var b strings.Builder
	if best > 0 {
		b.WriteString("… ")
	}
	at := words[best].a
	for _, w := range words[best:end] {
		b.WriteString(template.HTMLEscapeString(snipGap(text[at:w.a])))
		if want[w.fold] {
			b.WriteString("<mark>" + template.HTMLEscapeString(text[w.a:w.b]) + "</mark>")
		} else {
			b.WriteString(template.HTMLEscapeString(text[w.a:w.b]))
		}
		at = w.b
	}
	if end < len(words) {
		b.WriteString(" …")
	} else {
		tail := text[at:]
		if len(tail) > 40 {
			tail = tail[:40]
			for len(tail) > 0 && !utf8.ValidString(tail) {
				tail = tail[:len(tail)-1]
			}
		}
		b.WriteString(template.HTMLEscapeString(strings.TrimRight(snipGap(tail), " ")))
	}
	return b.String()
}

func snipNotWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// snipGap collapses the runs of white space (line breaks included)
// between two words to one space.
func snipGap(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
