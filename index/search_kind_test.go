package index

import (
	"context"
	"testing"
)

// TestTextQueryFindsOnlyDocuments: without the "kind = doc" clause a text
// query still finds documents only, never target records (whose indicator
// text and number share words with it).
func TestTextQueryFindsOnlyDocuments(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	ctx := context.Background()
	for _, q := range []string{"danh hiệu", `"gia đình học tập"`, "1960/KH-UBND", "học tập 1960/KH-UBND"} {
		r, err := x.Search(ctx, Request{Query: q, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range r.Hits {
			if h.ID != "a1" && h.ID != "a2" && h.ID != "a3" && h.ID != "a4" {
				t.Errorf("%q found record %s", q, h.ID)
			}
		}
		if q == "1960/KH-UBND" && (len(r.Hits) == 0 || r.Hits[0].ID != "a1") {
			t.Errorf("%q: hits %v, want a1 first", q, ids(r))
		}
	}
}
