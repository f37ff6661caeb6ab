package index

import (
	"context"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// TestHighlightSecondPassSameSnippets: the snippets read in a second search
// over the page's documents are those one search with highlighting gives.
func TestHighlightSecondPassSameSnippets(t *testing.T) {
	x := tallyCorpus(t, 300)
	defer x.Close()
	ctx := context.Background()
	for _, q := range []string{"học tập", "ho ngheo", `"bảo vệ môi trường"`, "môi trường tỉnh Gia Lai"} {
		got, err := x.Search(ctx, Request{Query: q, Size: 10, Highlight: true})
		if err != nil {
			t.Fatal(err)
		}
		req := bleve.NewSearchRequestOptions(x.docQueryPos(q, nil, true), 10, 0, false)
		req.Highlight = bleve.NewHighlightWithStyle("html")
		req.Highlight.AddField("body_folded")
		want, err := x.b.SearchInContext(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Hits) != len(want.Hits) || len(got.Hits) == 0 {
			t.Fatalf("%q: %d hits, want %d (> 0)", q, len(got.Hits), len(want.Hits))
		}
		for i, h := range want.Hits {
			w := ""
			if fr := h.Fragments["body_folded"]; len(fr) > 0 {
				w = strings.Join(strings.Fields(fr[0]), " ")
			}
			if got.Hits[i].ID != h.ID || got.Hits[i].Snippet != w {
				t.Errorf("%q hit %d: %s %q, want %s %q", q, i, got.Hits[i].ID, got.Hits[i].Snippet, h.ID, w)
			}
			if !strings.Contains(w, "<mark>") {
				t.Errorf("%q hit %d: snippet %q marks nothing", q, i, w)
			}
		}
	}
}
