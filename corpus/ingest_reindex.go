package corpus

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/vanban/vanban/index"
)

// Reindex rebuilds the bleve index of the data directory opt.Data from the
// store alone: the stored documents, their text and the ledger's paths.
// Nothing is read or extracted again. It is what a researcher runs after
// upgrading vanban to a new index mapping, or when the index was deleted
// or damaged. An index another process is writing is left alone.
func Reindex(ctx context.Context, opt IngestOptions) (*Report, error) {
	start := time.Now()
	if err := opt.setDefaults(); err != nil {
		return nil, fmt.Errorf("reindex: %w", err)
	}
	st, err := OpenStore(opt.Data)
	if err != nil {
		return nil, fmt.Errorf("reindex: %w", err)
	}
	if err := index.Remove(st.IndexDir(), 0); err != nil {
		return nil, fmt.Errorf("reindex: %w", err)
	}
	idx, err := index.Open(st.IndexDir(), index.Options{Rules: opt.Rules})
	if err != nil {
		return nil, fmt.Errorf("reindex: %w", err)
	}
	defer idx.Close()

	// The store is read in a goroutine while the previous batch is indexed.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ids := st.DocIDs()
	rep := &Report{Files: []FileReport{}}
	batches := make(chan []index.Entry, 1)
	go func() {
		defer close(batches)
		var b []index.Entry
		size := 0
		for _, id := range ids {
			if ctx.Err() != nil {
				return
			}
			sd, err := st.Stored(id)
			if err != nil {
				opt.Log.Warn("reindex: stored document unreadable", "id", id, "err", err)
				for _, p := range st.Sources(id) {
					rep.Files = append(rep.Files, FileReport{Path: p, Outcome: OutcomeFailed, DocID: id,
						Error: fmt.Sprintf("stored document unreadable (re-ingest the file after removing it from the ledger): %v", err)})
				}
				continue
			}
			b = append(b, index.Entry{Doc: sd.Doc, Text: sd.Text, Sources: st.Sources(id)})
			size += len(sd.Text)
			if size >= opt.BatchBytes || len(b) >= opt.BatchDocs {
				select {
				case batches <- b:
				case <-ctx.Done():
					return
				}
				b, size = nil, 0
			}
		}
		if len(b) > 0 {
			select {
			case batches <- b:
			case <-ctx.Done():
			}
		}
	}()
	prog := ingProgress{w: opt.Progress, tty: opt.TTY, every: opt.ProgressEvery, total: len(ids), start: start, mu: &sync.Mutex{}}
	if prog.every <= 0 {
		prog.every = 5 * time.Second
	}
	var perr error
	for b := range batches {
		if perr != nil {
			continue // drain
		}
		if perr = idx.Put(ctx, b); perr != nil {
			cancel()
			continue
		}
		rep.Documents += len(b)
		prog.update(rep.Documents, rep)
	}
	if perr != nil {
		return rep, fmt.Errorf("reindex: %w", perr)
	}
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("reindex interrupted (run it again): %w", err)
	}
	prog.finish(rep.Documents, rep)
	rep.Failed = len(rep.Files)
	rep.Seconds = time.Since(start).Seconds()
	if rep.Seconds > 0 {
		rep.DocsPerS = float64(rep.Documents) / rep.Seconds
	}
	return rep, nil
}
