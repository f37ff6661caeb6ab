package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
)

// bigramCorpus indexes the seed documents whole and paragraph by
// paragraph, with testDocs and hand-written documents: one with every
// bigram of "học tập suốt đời" but not the phrase, one writing "UBND" only
// where a phrase says "Ủy ban nhân dân". It returns the index and the
// paragraphs, from which phrases are drawn.
func bigramCorpus(t testing.TB) (*Index, []string) {
	t.Helper()
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x, err := Open(filepath.Join(t.TempDir(), "idx"), Options{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	ex := extract.New(rs)
	files, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("seeds: %v %v", files, err)
	}
	entries := testDocs()
	var paras []string
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := ex.Extract(extract.Input{Text: string(b)})
		d.ID = fmt.Sprintf("seed%d", i)
		entries = append(entries, Entry{Doc: d, Text: string(b)})
		for j, p := range strings.Split(string(b), "\n") {
			if p = strings.TrimSpace(p); len(strings.Fields(p)) < 3 {
				continue
			}
			paras = append(paras, p)
			title := strings.Join(strings.Fields(p)[:3], " ")
			entries = append(entries, Entry{Doc: extract.Document{ID: fmt.Sprintf("seed%d-p%d", i, j), Title: title}, Text: p})
		}
	}
	hand := map[string]string{
		// Every bigram of "học tập suốt đời", never in one run.
		"apart": "Học tập là quyền của mọi người. Tập suốt mùa hè. Sống suốt đời vì dân.",
		// "UBND" only, for "Ủy ban nhân dân huyện" and "Ủy ban nhân dân tỉnh".
		"abbr": "UBND huyện Cẩm Thủy và UBND tỉnh Thanh Hóa phối hợp.",
		// Tones in the new style and capitals.
		"tones": "HOÀ BÌNH và hợp tác; xã hội học tập SUỐT ĐỜI.",
		// The full form where a query abbreviates it.
		"full": "Sở Giáo dục và Đào tạo chủ trì, Ủy ban nhân dân xã phối hợp.",
	}
	for id, body := range hand {
		entries = append(entries, Entry{Doc: extract.Document{ID: id, Title: "Văn bản " + id}, Text: body})
	}
	if err := x.Put(context.Background(), entries); err != nil {
		t.Fatal(err)
	}
	return x, paras
}

// bigramPhrases draws phrases of 2 to 6 syllables from paras, in order and
// with two neighbours swapped (mostly no phrase, though the bigrams may be
// there), and adds hand-written ones.
func bigramPhrases(paras []string) []string {
	out := []string{
		"học tập suốt đời", "học tập", "suốt đời", "gia đình học tập", "xã hội học tập",
		"Ủy ban nhân dân", "Ủy ban nhân dân huyện", "ủy ban nhân dân tỉnh", "UBND tỉnh", "UBND huyện Cẩm Thủy",
		"Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "sở gd đt", "hoà bình", "hòa bình và hợp tác", "HOC TAP SUOT DOI",
		"suốt đời học tập", "tập suốt", "nguồn nhân lực", "Đề án 1373", "1373/QĐ-TTg", "giai đoạn 2021-2030",
		"tập", "đời",
	}
	words := func(p string) []string {
		return strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	for i, p := range paras {
		w := words(p)
		n := 2 + i%5
		if len(w) < n+1 {
			continue
		}
		at := (i * 7) % (len(w) - n)
		ph := slices.Clone(w[at : at+n])
		out = append(out, strings.Join(ph, " "))
		if i%3 == 0 {
			ph[0], ph[1] = ph[1], ph[0]
			out = append(out, strings.Join(ph, " "))
		}
	}
	return out
}

// searchIDs returns the sorted ids bleve finds for q, and the total.
func searchIDs(t *testing.T, x *Index, q string, positions bool) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(x.docQueryPos(q, nil, positions), 10000, 0, false)
	res, err := x.b.SearchInContext(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	if uint64(len(out)) != res.Total {
		t.Fatalf("%s: %d hits of %d", q, len(out), res.Total)
	}
	slices.Sort(out)
	return out
}

// TestPhraseBigramsEqualPhrase: a quoted phrase answered through the
// bigram field finds exactly the documents bleve's phrase query on the
// folded fields (term positions) finds, alone and beside loose words.
func TestPhraseBigramsEqualPhrase(t *testing.T) {
	x, paras := bigramCorpus(t)
	defer x.Close()
	phrases := bigramPhrases(paras)
	found, empty := 0, 0
	for _, p := range phrases {
		for _, q := range []string{`"` + p + `"`, `"` + p + `" kế hoạch`} {
			got, want := searchIDs(t, x, q, false), searchIDs(t, x, q, true)
			if !slices.Equal(got, want) {
				t.Errorf("%s: bigrams find %d %v\nphrase finds %d %v", q, len(got), got, len(want), want)
			}
			if len(want) == 0 {
				empty++
			} else {
				found++
			}
		}
	}
	t.Logf("%d phrase queries: %d with hits, %d without", len(phrases)*2, found, empty)
	if found < 100 || empty < 20 {
		t.Fatalf("too few cases: %d with hits, %d without", found, empty)
	}
	// Through Search as well, page and total.
	for _, c := range []struct {
		q    string
		want []string
		not  []string
	}{
		{`"học tập suốt đời"`, []string{"a1", "a2", "tones"}, []string{"apart"}},
		{`"Ủy ban nhân dân huyện"`, []string{"abbr", "a2"}, nil},
		{`"UBND xã"`, []string{"full"}, nil},
		// As with bleve's phrase: "Sở" is not next to the canonical "gddt",
		// which sits on the last word of "Giáo dục và Đào tạo".
		{`"Sở GD&ĐT"`, []string{"a3"}, []string{"full", "a4"}},
	} {
		r, err := x.Search(context.Background(), Request{Query: c.q, Size: 1000})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(r)
		for _, id := range c.want {
			if !slices.Contains(got, id) {
				t.Errorf("%s: %s missing from %v", c.q, id, got)
			}
		}
		for _, id := range c.not {
			if slices.Contains(got, id) {
				t.Errorf("%s: %s found (bigrams apart, no phrase)", c.q, id)
			}
		}
		if w := searchIDs(t, x, c.q, true); int(r.Total) != len(w) {
			t.Errorf("%s: total %d, phrase query %d", c.q, r.Total, len(w))
		}
	}
	// The document "apart" has every bigram of the phrase: their
	// conjunction, without positions, would find it.
	var must []query.Query
	for _, g := range []string{"hoc tap", "tap suot", "suot doi"} {
		must = append(must, termQ("body_bi", g))
	}
	res, err := x.b.SearchInContext(context.Background(), bleve.NewSearchRequestOptions(
		bleve.NewConjunctionQuery(bleve.NewDocIDQuery([]string{"apart"}), bleve.NewConjunctionQuery(must...)), 10, 0, false))
	if err != nil || res.Total != 1 {
		t.Errorf("bigrams of the document apart: %v %v", res, err)
	}
}

// TestPhraseHighlightMarksPhrase: a phrase's snippet marks the phrase's
// words, found though the phrase was answered by bigrams, and through an
// abbreviation too.
func TestPhraseHighlightMarksPhrase(t *testing.T) {
	x, _ := bigramCorpus(t)
	defer x.Close()
	for _, c := range []struct{ q, id, mark string }{
		{`"học tập suốt đời"`, "tones", "<mark>học tập SUỐT ĐỜI</mark>"},
		{`"học tập suốt đời"`, "a2", "<mark>Học tập suốt đời</mark>"},
		{`"Ủy ban nhân dân huyện"`, "abbr", "<mark>UBND huyện</mark>"},
	} {
		r, err := x.Search(context.Background(), Request{Query: c.q, Size: 1000, Highlight: true})
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, h := range r.Hits {
			if h.ID == c.id {
				ok = true
				// Adjacent marks may come merged or apart.
				if !strings.Contains(strings.ReplaceAll(h.Snippet, "</mark> <mark>", " "), c.mark) {
					t.Errorf("%s %s: snippet %q lacks %q", c.q, c.id, h.Snippet, c.mark)
				}
			}
		}
		if !ok {
			t.Errorf("%s: %s not found", c.q, c.id)
		}
	}
}

func TestBigramFilter(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	a := x.b.Mapping().AnalyzerNamed(BigramAnalyzer)
	var got []string
	for _, tok := range a.Analyze([]byte("Ủy ban nhân dân huyện, học tập")) {
		got = append(got, string(tok.Term))
	}
	want := []string{"uy ban", "ban nhan", "nhan dan", "nhan ubnd", "dan huyen", "ubnd huyen", "huyen hoc", "hoc tap"}
	if !slices.Equal(got, want) {
		t.Fatalf("bigrams %q, want %q", got, want)
	}
	if n := len(a.Analyze([]byte("tập"))); n != 0 {
		t.Fatalf("one syllable: %d bigrams", n)
	}
}

// BenchmarkPhrase times quoted phrases of two to four syllables answered
// through the bigram field and by bleve's phrase query on the syllables'
// positions.
func BenchmarkPhrase(b *testing.B) {
	x, _ := bigramCorpus(b)
	defer x.Close()
	phrases := []string{`"học tập"`, `"xã hội học tập"`, `"học tập suốt đời"`, `"Ủy ban nhân dân"`, `"nguồn nhân lực"`, `"gia đình học tập"`}
	ctx := context.Background()
	for _, m := range []struct {
		name      string
		positions bool
	}{{"bigrams", false}, {"positions", true}} {
		b.Run(m.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				req := bleve.NewSearchRequestOptions(x.docQueryPos(phrases[i%len(phrases)], nil, m.positions), 10, 0, false)
				req.Fields = hitFields
				if _, err := x.b.SearchInContext(ctx, req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
