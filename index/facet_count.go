package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// defaultTermCost is how many hits' doc values cost about as much as
// intersecting the postings of one term with the hits: a facet field of a
// segment is counted from its terms' postings when it has at most
// hits/termCost terms there, else from the doc values of each hit.
const defaultTermCost = 16

// facetTally counts term facets over the hits of one search while bleve
// collects them. Bleve's own facets visit every hit's doc values for every
// field, converting each value to a string on the way; on a query matching
// most of the index that is the larger part of the search. The tally only
// records each hit's number, and when the hits are all in, counts each
// facet field segment by segment in whichever exact way is cheaper there:
// the cardinality of each term's postings intersected with the hits (a few
// dozen bitmap operations for a province or a year at any number of hits),
// or the doc values of each hit (for a field with more terms than hits).
// Both count a document once per distinct value, like bleve's facets.
//
// A tally is used by one search, on the goroutine that runs it.
type facetTally struct {
	names  []string // facet names, as the request gives them
	fields []string // the index field counted for each name
	size   int      // values kept per facet
	// termCost: see defaultTermCost; zero or less counts every field from
	// postings.
	termCost int

	segs   []tallySeg
	cur    int
	counts []map[string]int // per field: value → hits
	done   bool
	err    error
}

// tallySeg is one segment of the searched snapshot and its hits.
type tallySeg struct {
	seg    segment.Segment
	offset uint64   // global number of its first document
	hits   []uint32 // local numbers of its hits, ascending
}

func newFacetTally(names []string, size int) *facetTally {
	t := &facetTally{names: names, size: size, termCost: defaultTermCost, counts: make([]map[string]int, len(names))}
	for i, n := range names {
		t.fields = append(t.fields, facetField(n))
		t.counts[i] = map[string]int{}
	}
	return t
}

// context returns ctx with a document match handler that feeds the tally
// and passes every hit on to bleve's top-n handler.
func (t *facetTally) context(ctx context.Context) context.Context {
	mk := search.MakeDocumentMatchHandler(func(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
		next, loadID, err := collector.MakeTopNDocumentMatchHandler(sc)
		if err != nil {
			return nil, false, err
		}
		if err := t.start(sc.IndexReader); err != nil {
			return nil, false, err
		}
		return func(d *search.DocumentMatch) error {
			if d == nil {
				// The end of the hits: the snapshot is still open.
				t.finish()
				if t.err != nil {
					return t.err
				}
				return next(nil)
			}
			if err := t.add(d.IndexInternalID); err != nil {
				return err
			}
			return next(d)
		}, loadID, nil
	})
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, mk)
}

// start takes the segments of the snapshot being searched.
func (t *facetTally) start(r interface{}) error {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return fmt.Errorf("facet counts: index reader %T is not a scorch snapshot", r)
	}
	var off uint64
	for _, ss := range snap.Segments() {
		s := ss.Segment()
		t.segs = append(t.segs, tallySeg{seg: s, offset: off})
		off += s.Count()
	}
	return nil
}

// add records the hit of internal id.
func (t *facetTally) add(id []byte) error {
	if len(id) != 8 {
		return fmt.Errorf("facet counts: internal id %x is not a document number", id)
	}
	n := binary.BigEndian.Uint64(id)
	if len(t.segs) == 0 {
		return fmt.Errorf("facet counts: hit %d in an empty snapshot", n)
	}
	if n < t.segs[t.cur].offset {
		// Hits come in document order; find the segment anyway.
		t.cur = sort.Search(len(t.segs), func(i int) bool { return t.segs[i].offset > n }) - 1
	}
	for t.cur+1 < len(t.segs) && n >= t.segs[t.cur+1].offset {
		t.cur++
	}
	s := &t.segs[t.cur]
	local := n - s.offset
	if local >= s.seg.Count() || local > 1<<32-1 {
		return fmt.Errorf("facet counts: hit %d beyond the snapshot", n)
	}
	if k := len(s.hits); k > 0 && s.hits[k-1] >= uint32(local) {
		// Out of order: keep the list sorted (never seen from bleve's searchers).
		i := sort.Search(k, func(i int) bool { return s.hits[i] >= uint32(local) })
		if s.hits[i] == uint32(local) {
			return nil
		}
		s.hits = append(s.hits, 0)
		copy(s.hits[i+1:], s.hits[i:])
		s.hits[i] = uint32(local)
		return nil
	}
	s.hits = append(s.hits, uint32(local))
	return nil
}

// finish counts every field over the recorded hits.
func (t *facetTally) finish() {
	if t.done {
		return
	}
	t.done = true
	for i := range t.segs {
		if err := t.countSeg(&t.segs[i]); err != nil {
			t.err = fmt.Errorf("facet counts: %w", err)
			return
		}
	}
}

func (t *facetTally) countSeg(s *tallySeg) error {
	if len(s.hits) == 0 {
		return nil
	}
	var dvFields []string
	var dvIdx []int
	var visitable map[string]bool
	if dvv, ok := s.seg.(segment.DocValueVisitable); ok {
		names, err := dvv.VisitableDocValueFields()
		if err != nil {
			return err
		}
		visitable = make(map[string]bool, len(names))
		for _, n := range names {
			visitable[n] = true
		}
	}
	var hits *roaring.Bitmap
	for i, f := range t.fields {
		dict, err := s.seg.Dictionary(f)
		if err != nil {
			return fmt.Errorf("field %s: %w", f, err)
		}
		card := dict.Cardinality()
		if card == 0 {
			continue
		}
		if card*t.termCost > len(s.hits) && visitable[f] {
			dvFields = append(dvFields, f)
			dvIdx = append(dvIdx, i)
			continue
		}
		if hits == nil {
			hits = roaring.New()
			hits.AddMany(s.hits)
		}
		if err := countTerms(dict, hits, t.counts[i]); err != nil {
			return fmt.Errorf("field %s: %w", f, err)
		}
	}
	if len(dvFields) == 0 {
		return nil
	}
	return countDocValues(s.seg.(segment.DocValueVisitable), s.hits, dvFields, dvIdx, t.counts)
}

// countTerms adds to counts, for each term of dict, how many of hits its
// postings hold.
func countTerms(dict segment.TermDictionary, hits *roaring.Bitmap, counts map[string]int) error {
	it := dict.AutomatonIterator(nil, nil, nil)
	var pl segment.PostingsList
	var pi segment.PostingsIterator
	for {
		de, err := it.Next()
		if err != nil {
			return err
		}
		if de == nil {
			return nil
		}
		if pl, err = dict.PostingsList([]byte(de.Term), nil, pl); err != nil {
			return err
		}
		pi = pl.Iterator(false, false, false, pi)
		n, err := intersectCount(pi, hits)
		if err != nil {
			return err
		}
		if n > 0 {
			counts[de.Term] += n
		}
	}
}

// intersectCount returns how many documents of the postings pi are in hits.
func intersectCount(pi segment.PostingsIterator, hits *roaring.Bitmap) (int, error) {
	if o, ok := pi.(segment.OptimizablePostingsIterator); ok {
		if bm := o.ActualBitmap(); bm != nil {
			return int(bm.AndCardinality(hits)), nil
		}
		if n, ok := o.DocNum1Hit(); ok {
			if n <= 1<<32-1 && hits.Contains(uint32(n)) {
				return 1, nil
			}
			return 0, nil
		}
	}
	c := 0
	for {
		p, err := pi.Next()
		if err != nil {
			return 0, err
		}
		if p == nil {
			return c, nil
		}
		if n := p.Number(); n <= 1<<32-1 && hits.Contains(uint32(n)) {
			c++
		}
	}
}

// countDocValues adds to counts[idx[j]] the doc values of fields[j] of
// every hit. A document's doc values list each of its distinct values once,
// as its postings do.
func countDocValues(dvv segment.DocValueVisitable, hits []uint32, fields []string, idx []int, counts []map[string]int) error {
	// Pointers, so that a value already seen costs a lookup and no string.
	byField := make(map[string]map[string]*int, len(fields))
	for _, f := range fields {
		byField[f] = map[string]*int{}
	}
	var curField string
	var cur map[string]*int
	visit := func(field string, term []byte) {
		if field != curField || cur == nil {
			curField, cur = field, byField[field]
			if cur == nil {
				return
			}
		}
		if p, ok := cur[string(term)]; ok {
			*p++
			return
		}
		n := 1
		cur[string(term)] = &n
	}
	var state segment.DocVisitState
	var err error
	for _, h := range hits {
		if state, err = dvv.VisitDocValues(uint64(h), fields, visit, state); err != nil {
			return err
		}
	}
	for j, f := range fields {
		m := counts[idx[j]]
		for v, n := range byField[f] {
			m[v] += *n
		}
	}
	return nil
}

// results turns the counts into bleve's order: most hits first, then by
// value; at most size values per facet.
func (t *facetTally) results() map[string][]FacetCount {
	out := make(map[string][]FacetCount, len(t.names))
	for i, name := range t.names {
		fc := make([]FacetCount, 0, len(t.counts[i]))
		for v, n := range t.counts[i] {
			fc = append(fc, FacetCount{Value: v, Count: n})
		}
		sort.Slice(fc, func(a, b int) bool {
			if fc[a].Count != fc[b].Count {
				return fc[a].Count > fc[b].Count
			}
			return fc[a].Value < fc[b].Value
		})
		if len(fc) > t.size {
			fc = fc[:t.size]
		}
		out[name] = fc
	}
	return out
}
