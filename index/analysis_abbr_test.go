package index

import (
	"context"
	"strings"
	"testing"
)

func TestAbbrHighlightWholeName(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	r, err := x.Search(context.Background(), Request{Query: "UBND", Highlight: true, Filters: map[string][]string{"province": {"Ninh Thuận"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range r.Hits {
		if h.ID == "a1" {
			// a1 writes "Ủy ban nhân dân các huyện" and never "UBND".
			if !strings.Contains(h.Snippet, "<mark>Ủy ban nhân dân</mark>") {
				t.Fatalf("snippet marks part of the name: %s", h.Snippet)
			}
			return
		}
	}
	t.Fatalf("UBND did not find a1: %v", ids(r))
}
