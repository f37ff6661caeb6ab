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

// Costs of the ways to count a facet field of a segment, in units of about
// one bit test: the doc values of each hit (one visit per hit), the
// postings of each term (a dictionary step and a postings list per term,
// then one test per posting against a bitset of the hits, or, when the hits
// are dense, one bitmap intersection per term).
const (
	dvCost          = 64  // a hit's doc values, per field
	defaultTermCost = 256 // one term's dictionary step and postings list
)

// facetTally counts term facets over the hits of one search while bleve
// collects them. Bleve's own facets visit every hit's doc values for every
// field, converting each value to a string on the way; on a query matching
// most of the index that is the larger part of the search. The tally only
// records each hit's number, and when the hits are all in, counts each
// facet field segment by segment in whichever exact way is cheaper there
// (see dvCost): each term's postings intersected with the hits (a few
// dozen bitmap operations for a province or a year over a broad query), or
// the doc values of each hit (few hits, or a field with many terms).
// Both count a document once per distinct value, like bleve's facets.
//
// A tally is used by one search, on the goroutine that runs it.
type facetTally struct {
	names  []string // facet names, as the request gives them
	fields []string // the index field counted for each name
	size   int      // values kept per facet
	// termCost: see defaultTermCost; zero or less counts every field from
	// postings, a huge one from doc values.
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
	hits := roaring.New()
	hits.AddMany(s.hits)
	// Dense hits (bitmap containers only) intersect a term's postings in a
	// few hundred word operations; sparse ones are tested posting by
	// posting against a bitset, one unit a posting of the segment.
	var set []uint64
	dense := hits.Stats().ArrayContainers == 0 && hits.Stats().RunContainers == 0
	scan := 0
	if !dense {
		scan = int(s.seg.Count())
	}
	for i, f := range t.fields {
		dict, err := s.seg.Dictionary(f)
		if err != nil {
			return fmt.Errorf("field %s: %w", f, err)
		}
		card := dict.Cardinality()
		if card == 0 {
			continue
		}
		if t.termCost > 0 && card*t.termCost+scan > len(s.hits)*dvCost && visitable[f] {
			dvFields = append(dvFields, f)
			dvIdx = append(dvIdx, i)
			continue
		}
		if !dense && set == nil {
			set = make([]uint64, (s.seg.Count()+63)/64)
			for _, h := range s.hits {
				set[h>>6] |= 1 << (h & 63)
			}
		}
		if err := countTerms(dict, hits, set, t.counts[i]); err != nil {
			return fmt.Errorf("field %s: %w", f, err)
		}
	}
	if len(dvFields) == 0 {
		return nil
	}
	return countDocValues(s.seg.(segment.DocValueVisitable), s.hits, dvFields, dvIdx, t.counts)
}

// countTerms adds to counts, for each term of dict, how many of hits its
// postings hold: by bitmap intersection, or with set (the hits as a
// bitset) by testing each posting.
func countTerms(dict segment.TermDictionary, hits *roaring.Bitmap, set []uint64, counts map[string]int) error {
	it := dict.AutomatonIterator(nil, nil, nil)
	var pl segment.PostingsList
	var pi segment.PostingsIterator
	var buf []uint32
	if set != nil {
		buf = make([]uint32, 256)
	}
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
		n, err := intersectCount(pi, hits, set, buf)
		if err != nil {
			return err
		}
		if n > 0 {
			counts[de.Term] += n
		}
	}
}

// inSet reports whether bit n of set is on.
func inSet(set []uint64, n uint64) bool {
	return n>>6 < uint64(len(set)) && set[n>>6]&(1<<(n&63)) != 0
}

// intersectCount returns how many documents of the postings pi are in hits
// (also given as the bitset set, or nil; buf is scratch space for it).
func intersectCount(pi segment.PostingsIterator, hits *roaring.Bitmap, set []uint64, buf []uint32) (int, error) {
	if o, ok := pi.(segment.OptimizablePostingsIterator); ok {
		if bm := o.ActualBitmap(); bm != nil {
			if set == nil {
				return int(bm.AndCardinality(hits)), nil
			}
			c := 0
			m := bm.ManyIterator()
			for k := m.NextMany(buf); k > 0; k = m.NextMany(buf) {
				for _, v := range buf[:k] {
					if inSet(set, uint64(v)) {
						c++
					}
				}
			}
			return c, nil
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
