package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	zap "github.com/blevesearch/zapx/v16"

	"github.com/vanban/vanban/extract"
)

// tallyCorpus builds an index of n documents in several batches (so several
// segments), with many-valued fields, repeated values within a document,
// missing values, updates and deletions (so segments with deleted
// documents).
func tallyCorpus(t testing.TB, n int) *Index {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "idx")
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	provs := []string{"Thanh Hóa", "Nghệ An", "Gia Lai", "Long An", "Bình Dương", "Cà Mau", "Lào Cai"}
	types := []string{"Kế hoạch", "Quyết định", "Công văn", "Chỉ thị"}
	mk := func(i, rev int) Entry {
		p := provs[i%len(provs)]
		d := extract.Document{ID: fmt.Sprintf("d%05d", i), DocType: types[(i/3+rev)%len(types)],
			Title:  fmt.Sprintf("Kế hoạch %d xây dựng xã hội học tập tỉnh %s", i, p),
			Issued: extract.Issued{Date: fmt.Sprintf("%d-%02d-01", 2018+i%9, 1+i%12)},
			Issuer: extract.Issuer{Name: "Ủy ban nhân dân tỉnh " + p, Level: extract.LevelProvince, Province: p},
		}
		if i%5 != 0 {
			d.Issuer.Province2025 = provs[(i/2)%len(provs)]
		}
		for k := 0; k < i%4; k++ {
			// Signers repeat within a document now and then.
			d.Signers = append(d.Signers, extract.Signer{Name: fmt.Sprintf("Người ký %d", (i+k*k)%23)})
		}
		for k := 0; k < i%3; k++ {
			d.Citations = append(d.Citations, extract.Citation{ID: fmt.Sprintf("%d/QĐ-TTg", 1373+(i*k)%211), Relation: extract.RelBasis})
		}
		if i%7 != 3 {
			y := 2025 + i%2*5
			d.Targets = []extract.Target{{Indicator: "gia đình học tập", Key: fmt.Sprintf("chi_tieu_%d", i%6), Value: 70, Unit: "%", Op: ">=", Year: &y}}
		}
		body := "Học tập suốt đời cho mọi người dân."
		if i%2 == 0 {
			body += " Giảm tỷ lệ hộ nghèo."
		}
		if i%3 == 0 {
			body += " Bảo vệ môi trường."
		}
		d.Normalize()
		return Entry{Doc: d, Text: d.Title + "\n" + body}
	}
	ctx := context.Background()
	var batch []Entry
	for i := 0; i < n; i++ {
		batch = append(batch, mk(i, 0))
		if len(batch) == 97 || i == n-1 {
			if err := x.Put(ctx, batch); err != nil {
				t.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	// Updates and deletions leave deleted documents in older segments.
	var upd []Entry
	var del []string
	for i := 0; i < n; i += 11 {
		upd = append(upd, mk(i, 1))
	}
	for i := 5; i < n; i += 13 {
		del = append(del, fmt.Sprintf("d%05d", i))
	}
	if err := x.Put(ctx, upd); err != nil {
		t.Fatal(err)
	}
	if err := x.Delete(ctx, del); err != nil {
		t.Fatal(err)
	}
	// Read-only, the segments stay as they are: no merge between the
	// searches compared.
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if x, err = Open(dir, Options{ReadOnly: true}); err != nil {
		t.Fatal(err)
	}
	return x
}

// TestFacetTallyMatchesBleve compares the tally's counts, from postings, from
// doc values and mixed, with bleve's own facet counts.
func TestFacetTallyMatchesBleve(t *testing.T) {
	x := tallyCorpus(t, 1200)
	defer x.Close()
	if !x.tallyFacets {
		t.Fatal("a scorch index should count facets with the tally")
	}
	if segs, del := tallySegments(t, x); segs < 2 || del < 1 {
		t.Logf("%d segments, %d with deleted documents: the test covers less than it should", segs, del)
	}
	ctx := context.Background()
	reqs := []Request{
		{},
		{Query: "học tập"},
		{Query: "hộ nghèo"},
		{Query: `"bảo vệ môi trường"`},
		{Query: "moi truong", Filters: map[string][]string{"doc_type": {"Kế hoạch"}}},
		{Filters: map[string][]string{"province": {"Gia Lai", "Cà Mau"}, "year": {"2020"}}},
		{Query: "1373/QĐ-TTg"},
		{Query: "không có từ này"},
		{Query: "Kế hoạch 17"},
	}
	for i, r := range reqs {
		for _, fsize := range []int{3, 50} {
			r.Facets, r.FacetSize, r.Size = FacetFields, fsize, 5
			x.tallyFacets = false
			x.facets = newFacetCache(facetCacheSize)
			want, err := x.Search(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			for _, cost := range []int{-1, 0, 1 << 30} {
				x.tallyFacets, x.tallyCost = true, cost
				x.facets = newFacetCache(facetCacheSize)
				got, err := x.Search(ctx, r)
				if err != nil {
					t.Fatal(err)
				}
				if got.Total != want.Total || !reflect.DeepEqual(ids(got), ids(want)) {
					t.Errorf("request %d cost %d: hits %d %v, bleve %d %v", i, cost, got.Total, ids(got), want.Total, ids(want))
				}
				for _, f := range FacetFields {
					if !reflect.DeepEqual(got.Facets[f], want.Facets[f]) {
						t.Errorf("request %d (%+v) size %d cost %d facet %s:\n tally %v\n bleve %v", i, r.Query, fsize, cost, f, got.Facets[f], want.Facets[f])
					}
				}
			}
		}
	}
}

// tallySegments returns the segments of x's snapshot and how many of them
// hold deleted documents.
func tallySegments(t *testing.T, x *Index) (segs, withDeleted int) {
	t.Helper()
	adv, err := x.b.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, ss := range r.(*scorch.IndexSnapshot).Segments() {
		segs++
		if d := ss.Deleted(); d != nil && !d.IsEmpty() {
			withDeleted++
		}
	}
	return segs, withDeleted
}

// TestIntersectCount checks both ways of intersecting a posting list with
// the hits (bitmaps, and a bitset of the hits) on dense and sparse sets.
func TestIntersectCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 50; round++ {
		n := uint32(1 + rng.IntN(200000))
		hits, post := roaring.New(), roaring.New()
		hd, pd := rng.Float64(), rng.Float64()
		for i := uint32(0); i < n; i++ {
			if rng.Float64() < hd {
				hits.Add(i)
			}
			if rng.Float64() < pd*pd {
				post.Add(i)
			}
		}
		want := 0
		it := post.Iterator()
		for it.HasNext() {
			if hits.Contains(it.Next()) {
				want++
			}
		}
		set := make([]uint64, (n+63)/64)
		hi := hits.Iterator()
		for hi.HasNext() {
			h := hi.Next()
			set[h>>6] |= 1 << (h & 63)
		}
		for _, s := range [][]uint64{nil, set} {
			pi, err := zap.PostingsIteratorFromBitmap(post, false, false)
			if err != nil {
				t.Fatal(err)
			}
			got, err := intersectCount(pi, hits, s, make([]uint32, 256))
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("round %d (bitset %v): %d, want %d", round, s != nil, got, want)
			}
		}
	}
	// A posting list of one document.
	for _, doc := range []uint64{3, 4} {
		pi, _ := zap.PostingsIteratorFrom1Hit(doc, false, false)
		got, err := intersectCount(pi, roaring.BitmapOf(1, 3, 5), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[uint64]int{3: 1, 4: 0}[doc]; got != want {
			t.Errorf("1-hit %d: %d, want %d", doc, got, want)
		}
	}
}

// BenchmarkFacetTally times a faceted search over $VANBAN_BENCH_N documents
// (default 20000): bleve's facet builders, the tally's choice, and the
// tally held to postings or to doc values alone; for a query matching
// nearly every document and for one narrowed by a filter.
func BenchmarkFacetTally(b *testing.B) {
	n := 20000
	if s := os.Getenv("VANBAN_BENCH_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	x := tallyCorpus(b, n)
	defer x.Close()
	reqs := map[string]Request{
		"broad":    {Query: "học tập"},
		"filtered": {Query: "hộ nghèo", Filters: map[string][]string{"doc_type": {"Kế hoạch"}}},
		"narrow":   {Query: "Kế hoạch 17"},
	}
	ways := []struct {
		name  string
		tally bool
		cost  int
	}{{"bleve", false, 0}, {"tally", true, 0}, {"postings", true, -1}, {"docvalues", true, 1 << 30}}
	for _, rn := range []string{"broad", "filtered", "narrow"} {
		for _, w := range ways {
			b.Run(rn+"/"+w.name, func(b *testing.B) {
				x.tallyFacets, x.tallyCost = w.tally, w.cost
				r := reqs[rn]
				r.Facets, r.Size = FacetFields, 10
				for i := 0; i < b.N; i++ {
					r.FacetSize = 50 + i // no cached counts
					if _, err := x.Search(context.Background(), r); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
