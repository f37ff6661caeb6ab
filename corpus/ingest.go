package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/index"
	"github.com/vanban/vanban/rules"
)

// IngestOptions configure Ingest.
type IngestOptions struct {
	Data       string     // data directory
	Inputs     []string   // files and folders
	Rules      *rules.Set // nil: built-in rules
	Read       Options    // reader options
	Workers    int        // extraction workers; zero: one per core
	BatchBytes int        // text bytes per index batch; zero: 8 MiB
	BatchDocs  int        // documents per index batch; zero: 500
	// Progress receives a progress bar (TTY true) or a line every
	// ProgressEvery (TTY false). Nil means no progress.
	Progress      io.Writer
	TTY           bool
	ProgressEvery time.Duration
	Log           *slog.Logger
}

// Outcomes of one file in a Report.
const (
	OutcomeAdded     = "added"
	OutcomeUpdated   = "updated"
	OutcomeUnchanged = "unchanged"
	OutcomeFailed    = "failed"
)

// FileReport is what happened to one file.
type FileReport struct {
	Path      string `json:"path"`
	Outcome   string `json:"outcome"`
	DocID     string `json:"doc_id,omitempty"`
	Duplicate bool   `json:"duplicate,omitempty"` // same document as another path
	Error     string `json:"error,omitempty"`
}

// Report is the closing summary of an ingest run.
type Report struct {
	Added     int          `json:"added"`
	Updated   int          `json:"updated"`
	Unchanged int          `json:"unchanged"`
	Failed    int          `json:"failed"`
	Removed   int          `json:"removed_documents"` // documents no path refers to any more
	Documents int          `json:"documents"`         // documents indexed in this run
	Bytes     int64        `json:"bytes"`             // bytes of files read
	Seconds   float64      `json:"seconds"`
	DocsPerS  float64      `json:"docs_per_second"`
	Files     []FileReport `json:"files"`
}

// ingestJob is one file to read and extract.
type ingestJob struct {
	path string
	data []byte
	hash string
}

// ingestResult is a job done (or a file skipped or failed before a job).
type ingestResult struct {
	path, hash string
	size       int64
	doc        *extract.Document
	text       string
	sd         *StoredDoc // the stored record, written by the worker
	unchanged  bool
	err        error
}

// Ingest reads every file under opt.Inputs, extracts, stores and indexes
// what changed since the last run. A failed file is reported and never
// stops the run. The ledger records a file only after its document is
// stored and indexed, so an interrupted run is finished by running it again.
func Ingest(ctx context.Context, opt IngestOptions) (*Report, error) {
	start := time.Now()
	if err := opt.setDefaults(); err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	st, err := OpenStore(opt.Data)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	if n := st.LedgerSkipped(); n > 0 {
		opt.Log.Warn("ledger: damaged lines skipped; their files are ingested again", "lines", n)
	}
	idx, err := index.Open(st.IndexDir(), index.Options{Rules: opt.Rules})
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	defer idx.Close()
	paths, walkFailed := ingWalk(opt.Inputs, opt.Data)
	rep := &Report{Files: make([]FileReport, 0, len(paths))}
	for _, f := range walkFailed {
		rep.Files = append(rep.Files, f)
		rep.Failed++
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan ingestJob, opt.Workers)
	results := make(chan ingestResult, 64) // extraction goes on while a batch is indexed
	x := extract.New(opt.Rules)
	var wg sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- ingExtract(ctx, st, x, opt.Read, j)
			}
		}()
	}
	go func() {
		defer close(jobs)
		limit := opt.Read.limits().MaxFileSize
		for _, p := range paths {
			if ctx.Err() != nil {
				return
			}
			r, job, ok := ingPrepare(st, p, limit)
			if !ok {
				results <- r
				continue
			}
			select {
			case jobs <- job:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	// One batch is indexed while the next one fills: a flusher goroutine
	// takes full batches in order.
	mu := &sync.Mutex{}
	b := &ingBatch{st: st, idx: idx, rep: rep, log: opt.Log, mu: mu}
	full := make(chan *ingBatch, 1)
	var flushErr error
	flushed := make(chan struct{})
	go func() {
		defer close(flushed)
		for fb := range full {
			if flushErr != nil {
				continue
			}
			if err := fb.flush(ctx); err != nil {
				flushErr = err
				cancel()
			}
		}
	}()
	prog := ingProgress{w: opt.Progress, tty: opt.TTY, every: opt.ProgressEvery, total: len(paths), start: start, mu: mu}
	done := 0
	for r := range results {
		done++
		b.add(r)
		if b.textBytes >= opt.BatchBytes || len(b.entries) >= opt.BatchDocs || len(b.ledger) >= 4*opt.BatchDocs {
			full <- b
			b = &ingBatch{st: st, idx: idx, rep: rep, log: opt.Log, mu: mu}
		}
		prog.update(done, rep)
	}
	if ctx.Err() == nil {
		full <- b
	}
	close(full)
	<-flushed
	if flushErr != nil {
		return rep, flushErr
	}
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("ingest interrupted (re-run to finish): %w", err)
	}
	prog.finish(done, rep)
	if err := st.CompactLedger(); err != nil {
		return rep, err
	}
	sort.Slice(rep.Files, func(i, j int) bool { return rep.Files[i].Path < rep.Files[j].Path })
	rep.Seconds = time.Since(start).Seconds()
	if rep.Seconds > 0 {
		rep.DocsPerS = float64(rep.Documents) / rep.Seconds
	}
	return rep, nil
}

// ingWalk lists the regular files under inputs as absolute paths, skipping
// hidden entries and the data directory itself; unreadable inputs are
// returned as failures.
func ingWalk(inputs []string, data string) ([]string, []FileReport) {
	absData, _ := filepath.Abs(data)
	seen := map[string]bool{}
	var paths []string
	var failed []FileReport
	for _, in := range inputs {
		root, err := filepath.Abs(in)
		if err != nil {
			failed = append(failed, FileReport{Path: in, Outcome: OutcomeFailed, Error: err.Error()})
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, FileReport{Path: p, Outcome: OutcomeFailed, Error: err.Error()})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p == absData {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && !seen[p] {
				seen[p] = true
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			failed = append(failed, FileReport{Path: in, Outcome: OutcomeFailed, Error: err.Error()})
		}
	}
	sort.Strings(paths)
	return paths, failed
}

// ingPrepare reads and hashes one file; ok is false when no extraction is
// needed (unchanged, or unreadable).
func ingPrepare(st *Store, p string, limit int64) (ingestResult, ingestJob, bool) {
	r := ingestResult{path: p}
	fi, err := os.Stat(p)
	if err != nil {
		r.err = fmt.Errorf("stat: %w", err)
		return r, ingestJob{}, false
	}
	r.size = fi.Size()
	if fi.Size() > limit {
		r.err = fmt.Errorf("file of %d bytes exceeds the limit of %d", fi.Size(), limit)
		return r, ingestJob{}, false
	}
	data, err := os.ReadFile(p)
	if err != nil {
		r.err = fmt.Errorf("read: %w", err)
		return r, ingestJob{}, false
	}
	r.hash = Hash(data)
	if e, ok := st.Entry(p); ok && e.Hash == r.hash {
		r.unchanged = true
		return r, ingestJob{}, false
	}
	return r, ingestJob{path: p, data: data, hash: r.hash}, true
}

// ingExtract reads and extracts one file and writes its original and its
// document to the store (not yet synced: the batch's flush does that before
// the ledger names them). Writing here keeps file creation, the costliest
// system calls of an ingest, on every core instead of the collecting loop.
// A panic in extraction becomes an error of that file.
func ingExtract(ctx context.Context, st *Store, x *extract.Extractor, ro Options, j ingestJob) (r ingestResult) {
	r = ingestResult{path: j.path, hash: j.hash, size: int64(len(j.data))}
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("extract: %w: %v", ErrPanic, p)
			r.doc = nil
		}
	}()
	t, err := Read(ctx, j.path, j.data, ro)
	if err != nil {
		r.err = err
		return r
	}
	d := x.Extract(t.Input(j.path))
	d.Warnings = append(append([]string{}, t.Warnings...), d.Warnings...)
	d.Normalize()
	r.doc, r.text = &d, t.Text
	sd := &StoredDoc{Doc: d, Text: t.Text, Original: j.hash, Name: filepath.Base(j.path)}
	if err := st.PutOriginal(j.hash, j.data); err != nil {
		r.err, r.doc = err, nil
		return r
	}
	if err := st.PutDoc(sd); err != nil {
		r.err, r.doc = err, nil
		return r
	}
	r.sd = sd
	return r
}

// ingBatch gathers results until they are worth one index batch.
type ingBatch struct {
	st        *Store
	idx       *index.Index
	rep       *Report
	log       *slog.Logger
	mu        *sync.Mutex           // guards rep, shared by the batches of a run
	entries   map[string]*StoredDoc // new or re-extracted documents by id
	ledger    []LedgerEntry
	files     []FileReport
	textBytes int
}

func (b *ingBatch) add(r ingestResult) {
	if b.entries == nil {
		b.entries = map[string]*StoredDoc{}
	}
	prev, known := b.st.Entry(r.path)
	fr := FileReport{Path: r.path}
	b.mu.Lock()
	b.rep.Bytes += r.size
	b.mu.Unlock()
	switch {
	case r.unchanged:
		fr.Outcome, fr.DocID = OutcomeUnchanged, prev.DocID
		if prev.Status == StatusFailed {
			fr.Error = prev.Error
		}
		b.mu.Lock()
		b.rep.Unchanged++
		b.rep.Files = append(b.rep.Files, fr)
		b.mu.Unlock()
		return
	case r.err != nil:
		fr.Outcome, fr.Error = OutcomeFailed, r.err.Error()
		b.log.Warn("ingest failed", "path", r.path, "err", r.err)
		if r.hash != "" {
			b.ledger = append(b.ledger, LedgerEntry{Path: r.path, Hash: r.hash, Size: r.size, Status: StatusFailed, Error: fr.Error, Time: time.Now().UTC()})
		}
	default:
		fr.DocID = r.doc.ID
		fr.Outcome = OutcomeAdded
		if known {
			fr.Outcome = OutcomeUpdated
		}
		fr.Duplicate = len(b.st.Sources(r.doc.ID)) > 0 || b.entries[r.doc.ID] != nil
		if b.entries[r.doc.ID] == nil {
			b.entries[r.doc.ID] = r.sd
			b.textBytes += len(r.text)
		}
		b.ledger = append(b.ledger, LedgerEntry{Path: r.path, Hash: r.hash, Size: r.size, DocID: r.doc.ID, Status: StatusOK, Time: time.Now().UTC()})
	}
	b.files = append(b.files, fr)
}

// flush stores, indexes, then records the batch in the ledger.
func (b *ingBatch) flush(ctx context.Context) error {
	if len(b.ledger) == 0 && len(b.files) == 0 {
		return nil
	}
	// Which documents change: the new ones, the old documents of updated
	// paths (their sources shrink, or they go), and documents gaining a
	// path without being re-extracted.
	after := map[string]map[string]bool{} // doc id → paths after this batch
	touched := map[string]bool{}
	pathsOf := func(id string) map[string]bool {
		if m, ok := after[id]; ok {
			return m
		}
		m := map[string]bool{}
		for _, p := range b.st.Sources(id) {
			m[p] = true
		}
		after[id] = m
		return m
	}
	for _, e := range b.ledger {
		if prev, ok := b.st.Entry(e.Path); ok && prev.DocID != "" && prev.DocID != e.DocID {
			delete(pathsOf(prev.DocID), e.Path)
			touched[prev.DocID] = true
		}
		if e.DocID != "" {
			pathsOf(e.DocID)[e.Path] = true
			touched[e.DocID] = true
		}
	}
	var put []index.Entry
	var del []string
	ids := make([]string, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		paths := after[id]
		if len(paths) == 0 {
			del = append(del, id)
			continue
		}
		sd := b.entries[id]
		if sd == nil {
			var err error
			if sd, err = b.st.Stored(id); err != nil {
				return fmt.Errorf("ingest: %w", err)
			}
		}
		src := make([]string, 0, len(paths))
		for p := range paths {
			src = append(src, p)
		}
		sort.Strings(src)
		put = append(put, index.Entry{Doc: sd.Doc, Text: sd.Text, Sources: src})
	}
	if len(put) > 0 {
		if err := b.idx.Put(ctx, put); err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
	}
	if len(del) > 0 {
		if err := b.idx.Delete(ctx, del); err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
	}
	if err := b.st.Sync(); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if err := b.st.AppendLedger(b.ledger); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	for _, id := range del {
		if err := b.st.RemoveDoc(id); err != nil {
			b.log.Warn("remove stale document", "id", id, "err", err)
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, f := range b.files {
		switch f.Outcome {
		case OutcomeAdded:
			b.rep.Added++
		case OutcomeUpdated:
			b.rep.Updated++
		case OutcomeFailed:
			b.rep.Failed++
		}
	}
	b.rep.Files = append(b.rep.Files, b.files...)
	b.rep.Documents += len(b.entries)
	b.rep.Removed += len(del)
	b.entries, b.ledger, b.files, b.textBytes = nil, nil, nil, 0
	return nil
}

// ingProgress prints a bar on a terminal, periodic lines otherwise.
type ingProgress struct {
	w     io.Writer
	tty   bool
	mu    *sync.Mutex // guards the report
	every time.Duration
	total int
	start time.Time
	last  time.Time
}

func (p *ingProgress) update(done int, rep *Report) {
	if p.w == nil {
		return
	}
	now := time.Now()
	gap := p.every
	if p.tty {
		gap = 200 * time.Millisecond
	}
	if now.Sub(p.last) < gap {
		return
	}
	p.last = now
	p.print(done, rep, false)
}

func (p *ingProgress) finish(done int, rep *Report) {
	if p.w == nil {
		return
	}
	p.print(done, rep, true)
}

func (p *ingProgress) print(done int, rep *Report, final bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(done) / el
	}
	if !p.tty {
		fmt.Fprintf(p.w, "ingest: %d/%d files, %.0f files/s, %d added, %d updated, %d unchanged, %d failed\n",
			done, p.total, rate, rep.Added, rep.Updated, rep.Unchanged, rep.Failed)
		return
	}
	const width = 30
	fill := width
	if p.total > 0 {
		fill = width * done / p.total
	}
	end := ""
	if final {
		end = "\n"
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files  %.0f/s  %d failed%s",
		strings.Repeat("#", fill), strings.Repeat(".", width-fill), done, p.total, rate, rep.Failed, end)
}

// errIngestBusy is index.ErrBusy, re-exported for callers of Ingest.
var errIngestBusy = index.ErrBusy

// IsBusy reports whether err means another process holds the index.
func IsBusy(err error) bool { return errors.Is(err, errIngestBusy) }

// setDefaults fills the options left at their zero values.
func (opt *IngestOptions) setDefaults() error {
	if opt.Log == nil {
		opt.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opt.Rules == nil {
		rs, err := rules.Builtin()
		if err != nil {
			return err
		}
		opt.Rules = rs
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchBytes <= 0 {
		opt.BatchBytes = 8 << 20
	}
	if opt.BatchDocs <= 0 {
		opt.BatchDocs = 500
	}
	if opt.ProgressEvery <= 0 {
		opt.ProgressEvery = 5 * time.Second
	}
	return nil
}
