package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	bolt "go.etcd.io/bbolt"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
)

// ErrBusy means another process holds the index for writing (an ingest is
// running): the bolt file lock was not granted within Options.Timeout.
var ErrBusy = errors.New("index busy: another vanban process (an ingest?) is writing it; try again when it finishes")

// Options configure Open.
type Options struct {
	// ReadOnly opens an existing index for searching only. Several
	// read-only processes may share an index, but not with a writer.
	ReadOnly bool
	// Timeout bounds the wait for the index lock; zero means 2 s.
	Timeout time.Duration
	// Rules supply the abbreviations copied into a new index's mapping.
	// Nil means the built-in rules. An existing index keeps the rules it
	// was created with.
	Rules *rules.Set
}

// Index is an open vanban index. Its methods are safe for concurrent use.
type Index struct {
	b        bleve.Index
	readOnly bool
	abbr     *abbrFilter // the index's own abbreviations, for phrase variants
	// folded is the index's folded analyzer, which splits a phrase into
	// the syllables of its bigram terms; nil when the mapping has none.
	folded analysis.Analyzer
	facets *facetCache   // recent facet counts
	gen    atomic.Uint64 // changes made through this handle (stales facets)
	// tallyFacets counts facets with a facetTally (a scorch index) rather
	// than with bleve's facet builders.
	tallyFacets bool
	tallyCost   int // the tally's termCost when not zero (tests)
}

// Open opens the index in dir, creating it (unless read-only) when dir holds
// none.
func Open(dir string, opt Options) (*Index, error) {
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = 2 * time.Second
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("open index %s: %w", dir, err)
		}
		if opt.ReadOnly {
			return nil, fmt.Errorf("open index %s: no index yet (run vanban ingest): %w", dir, os.ErrNotExist)
		}
		rs := opt.Rules
		if rs == nil {
			var err error
			if rs, err = rules.Builtin(); err != nil {
				return nil, fmt.Errorf("create index %s: %w", dir, err)
			}
		}
		im, err := newMapping(rs)
		if err != nil {
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
		b, err := bleve.NewUsing(dir, im, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, map[string]interface{}{"bolt_timeout": timeout.String()})
		if err != nil {
			return nil, fmt.Errorf("create index %s: %w", dir, busy(err))
		}
		if err := verSet(b); err != nil {
			b.Close()
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
		return newIndex(b, false), nil
	}
	b, err := openBleve(dir, opt.ReadOnly, timeout)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	if err := verCheck(b); err != nil {
		b.Close()
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	return newIndex(b, opt.ReadOnly), nil
}

// openBleve opens the existing bleve index in dir; a held lock becomes
// ErrBusy. A zero timeout means 2 s.
func openBleve(dir string, readOnly bool, timeout time.Duration) (bleve.Index, error) {
	if timeout <= 0 {
		timeout = 2 * time.Second
	}
	b, err := bleve.OpenUsing(dir, map[string]interface{}{"bolt_timeout": timeout.String(), "read_only": readOnly})
	if err != nil {
		return nil, busy(err)
	}
	return b, nil
}

// newIndex wraps b, rebuilding the abbreviation table stored in its mapping.
func newIndex(b bleve.Index, readOnly bool) *Index {
	x := &Index{b: b, readOnly: readOnly, abbr: &abbrFilter{seqs: map[string][]abbrSeq{}}, facets: newFacetCache(facetCacheSize)}
	if adv, err := b.Advanced(); err == nil {
		_, x.tallyFacets = adv.(*scorch.Scorch)
	}
	x.folded = b.Mapping().AnalyzerNamed(FoldedAnalyzer)
	if im, ok := b.Mapping().(*mapping.IndexMappingImpl); ok {
		if cfg, ok := im.CustomAnalysis.TokenFilters[abbrFilterConfig]; ok {
			if f, err := newAbbrFilter(cfg, nil); err == nil {
				x.abbr = f.(*abbrFilter)
			}
		}
	}
	return x
}

// busy turns bolt's lock timeout into ErrBusy.
func busy(err error) error {
	if errors.Is(err, bolt.ErrTimeout) || strings.Contains(err.Error(), "timeout") {
		return fmt.Errorf("%w (%v)", ErrBusy, err)
	}
	return err
}

// Close releases the index and its lock.
func (x *Index) Close() error {
	if err := x.b.Close(); err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	return nil
}

// Entry is one document to index: its record, its normalized text (the
// searchable body) and every path it was read from.
type Entry struct {
	Doc     extract.Document
	Text    string
	Sources []string
}

// Put indexes entries in one batch, replacing documents of the same id and
// their targets. It returns once the batch is durable on disk.
func (x *Index) Put(ctx context.Context, entries []Entry) error {
	if x.readOnly {
		return fmt.Errorf("index put: opened read-only")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	batch := x.b.NewBatch()
	ids := make([]string, 0, len(entries))
	for i := range entries {
		ids = append(ids, entries[i].Doc.ID)
	}
	if err := x.deleteTargets(ctx, batch, ids...); err != nil {
		return err
	}
	for i := range entries {
		e := &entries[i]
		if e.Doc.ID == "" {
			return fmt.Errorf("index put: document without id (source %s)", e.Doc.Source.Path)
		}
		rec, err := docRecord(e)
		if err != nil {
			return fmt.Errorf("index put %s: %w", e.Doc.ID, err)
		}
		if err := batch.Index(e.Doc.ID, rec); err != nil {
			return fmt.Errorf("index put %s: %w", e.Doc.ID, err)
		}
		for j := range e.Doc.Targets {
			id, rec := targetRecord(&e.Doc, j)
			if err := batch.Index(id, rec); err != nil {
				return fmt.Errorf("index put %s: %w", id, err)
			}
		}
		// the name each agency key was last written with, for facets
		for _, a := range e.Doc.Agencies {
			if a.Key != "" && a.Name != "" {
				batch.SetInternal(agencyNameKey(a.Key), []byte(a.Name))
			}
		}
	}
	err := x.b.Batch(batch)
	x.gen.Add(1)
	if err != nil {
		return fmt.Errorf("index batch of %d: %w", len(entries), err)
	}
	return nil
}

// agencyNameKey is the internal key under which the name of the agency
// key k is kept.
func agencyNameKey(k string) []byte { return []byte("agency-name:" + k) }

// AgencyName returns a name an indexed document gives the body of agency
// key k ("Báo Ninh Thuận" for bao_ninh_thuan), or "" when none is known:
// facet values are keys, and a body outside the lexicon has no other name.
func (x *Index) AgencyName(k string) string {
	v, err := x.b.GetInternal(agencyNameKey(k))
	if err != nil {
		return ""
	}
	return string(v)
}

// Delete removes documents and their targets.
func (x *Index) Delete(ctx context.Context, ids []string) error {
	if x.readOnly {
		return fmt.Errorf("index delete: opened read-only")
	}
	batch := x.b.NewBatch()
	if err := x.deleteTargets(ctx, batch, ids...); err != nil {
		return err
	}
	for _, id := range ids {
		batch.Delete(id)
	}
	err := x.b.Batch(batch)
	x.gen.Add(1)
	if err != nil {
		return fmt.Errorf("index delete: %w", err)
	}
	return nil
}

// deleteTargets adds to batch the deletion of every target of the
// documents ids, found with one query.
func (x *Index) deleteTargets(ctx context.Context, batch *bleve.Batch, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	qs := make([]query.Query, 0, len(ids))
	for _, id := range ids {
		qs = append(qs, termQ("doc_id", id))
	}
	err := x.each(ctx, bleve.NewDisjunctionQuery(qs...), nil, func(f map[string]interface{}) error {
		id, _ := f["_id"].(string)
		batch.Delete(id)
		return nil
	})
	if err != nil {
		return fmt.Errorf("targets of %d documents: %w", len(ids), err)
	}
	return nil
}

// Count returns the number of records (documents and targets).
func (x *Index) Count() (uint64, error) {
	n, err := x.b.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count: %w", err)
	}
	return n, nil
}

// Doc returns the stored Document of id. The error wraps os.ErrNotExist
// when there is none.
func (x *Index) Doc(ctx context.Context, id string) (extract.Document, error) {
	var d extract.Document
	q := bleve.NewDocIDQuery([]string{id})
	req := bleve.NewSearchRequestOptions(q, 1, 0, false)
	req.Fields = []string{"json"}
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return d, fmt.Errorf("doc %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return d, fmt.Errorf("doc %s: %w", id, os.ErrNotExist)
	}
	s, _ := res.Hits[0].Fields["json"].(string)
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		return d, fmt.Errorf("doc %s: %w", id, err)
	}
	return d, nil
}
