package index

import (
	"context"
	"testing"
)

func TestPhraseExactFirst(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	ctx := context.Background()
	// Same letters, other tones: a folded phrase match only.
	e := testDocs()[3]
	e.Doc.ID, e.Doc.Title = "fold", "Công văn"
	e.Text = "Hóc táp suốt dời là lỗi gõ; hộc tấp sướt đời cũng vậy."
	if err := x.Put(ctx, []Entry{e}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`"học tập suốt đời"`, `"HỌC TẬP SUỐT ĐỜI"`} {
		r, err := x.Search(ctx, Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(r)
		if len(got) != 3 || got[2] != "fold" {
			t.Fatalf("%s: want a1, a2 then the folded match, got %v", q, got)
		}
	}
	r, err := x.Search(ctx, Request{Query: `"hoc tap suot doi"`})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 3 {
		t.Fatalf("folded phrase: %v", ids(r))
	}
	// Words out of order are no phrase.
	r, err = x.Search(ctx, Request{Query: `"suốt đời học tập"`})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 0 {
		t.Fatalf("order ignored: %v", ids(r))
	}
}
