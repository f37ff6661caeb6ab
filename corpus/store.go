package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/vanban/vanban/extract"
)

// Store is a data directory:
//
//	objects/ab/<sha256>   original bytes, content-addressed
//	docs/ab/<id>.json     a StoredDoc: the Document, its text, its original
//	ledger.jsonl          one LedgerEntry per ingested path (last line wins)
//	index/                the bleve index (package index)
//
// Every file is written atomically (temp file, fsync, rename). A Store is
// used by one ingest at a time (the index lock enforces it); reading it
// concurrently is safe.
type Store struct {
	mu      sync.RWMutex // guards the fields below
	dir     string
	unsyncd []string                   // files renamed into place but not yet synced
	ledger  map[string]LedgerEntry     // path → last entry
	byDoc   map[string]map[string]bool // doc id → paths whose last ingest gave it
	skipped int                        // damaged ledger lines skipped on open
}

// StoredDoc is what the store keeps for one document.
type StoredDoc struct {
	Doc      extract.Document `json:"doc"`
	Text     string           `json:"text"`
	Original string           `json:"original"` // sha256 of the original bytes
	Name     string           `json:"name"`     // base name of the first file it came from
}

// Outcomes of a ledger entry.
const (
	StatusOK     = "ok"
	StatusFailed = "failed"
)

// LedgerEntry records one ingested path.
type LedgerEntry struct {
	Path   string    `json:"path"`
	Hash   string    `json:"hash"` // sha256 of the file's bytes
	Size   int64     `json:"size"`
	DocID  string    `json:"doc_id,omitempty"`
	Status string    `json:"status"`
	Error  string    `json:"error,omitempty"`
	Time   time.Time `json:"time"`
}

// OpenStore opens (creating it when needed) the data directory dir and
// loads its ledger. A torn last ledger line, left by a crash, is ignored.
func OpenStore(dir string) (*Store, error) {
	for _, sub := range []string{"objects", "docs"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", dir, err)
		}
	}
	s := &Store{dir: dir, ledger: map[string]LedgerEntry{}, byDoc: map[string]map[string]bool{}}
	data, err := os.ReadFile(s.ledgerPath())
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	s.skipped = s.loadLedger(data)
	return s, nil
}

// loadLedger applies every well-formed line of data and returns how many
// non-blank lines were damaged (torn by a crash, edited by hand) and
// skipped. Lines have no length limit.
func (s *Store) loadLedger(data []byte) int {
	bad := 0
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var e LedgerEntry
		if json.Unmarshal(line, &e) != nil || e.Path == "" || (e.Status != StatusOK && e.Status != StatusFailed) {
			bad++
			continue
		}
		s.apply(e)
	}
	return bad
}

// LedgerSkipped returns how many damaged ledger lines OpenStore skipped.
// Their paths are ingested again by the next run.
func (s *Store) LedgerSkipped() int { return s.skipped }

// Dir returns the data directory.
func (s *Store) Dir() string { return s.dir }

// IndexDir returns where the bleve index lives.
func (s *Store) IndexDir() string { return filepath.Join(s.dir, "index") }

func (s *Store) ledgerPath() string { return filepath.Join(s.dir, "ledger.jsonl") }

func (s *Store) docPath(id string) string {
	return filepath.Join(s.dir, "docs", shard(id), id+".json")
}

func (s *Store) objectPath(hash string) string {
	return filepath.Join(s.dir, "objects", shard(hash), hash)
}

func shard(id string) string {
	if len(id) < 2 {
		return "__"
	}
	return id[:2]
}

// Hash returns the hex sha256 of data, the key of originals and ledger.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Entry returns the ledger entry of path.
func (s *Store) Entry(path string) (LedgerEntry, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.ledger[path]
	return e, ok
}

// Entries returns the ledger sorted by path.
func (s *Store) Entries() []LedgerEntry {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]LedgerEntry, 0, len(s.ledger))
	for _, e := range s.ledger {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// Sources returns the paths whose last ingest gave document id, sorted.
func (s *Store) Sources(id string) []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]string, 0, len(s.byDoc[id]))
	for p := range s.byDoc[id] {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// PutOriginal stores the original bytes under their hash.
func (s *Store) PutOriginal(hash string, data []byte) error {
	p := s.objectPath(hash)
	if fi, err := os.Stat(p); err == nil && fi.Size() == int64(len(data)) {
		return nil
	}
	return s.write(p, data)
}

// write puts data at p atomically; Sync makes it durable.
func (s *Store) write(p string, data []byte) error {
	if err := atomicWrite(p, data, false); err != nil {
		return err
	}
	s.mu.Lock()
	s.unsyncd = append(s.unsyncd, p)
	s.mu.Unlock()
	return nil
}

// Sync makes every original and document written so far durable. Ingest
// calls it before the ledger names them.
func (s *Store) Sync() error {
	s.mu.Lock()
	paths := s.unsyncd
	s.unsyncd = nil
	s.mu.Unlock()
	return s.syncPaths(paths)
}

// PutDoc stores a document record.
func (s *Store) PutDoc(sd *StoredDoc) error {
	data, err := json.Marshal(sd)
	if err != nil {
		return fmt.Errorf("store doc %s: %w", sd.Doc.ID, err)
	}
	return s.write(s.docPath(sd.Doc.ID), data)
}

// Stored returns the stored record of id; the error wraps os.ErrNotExist
// when there is none.
func (s *Store) Stored(id string) (*StoredDoc, error) {
	data, err := os.ReadFile(s.docPath(id))
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	var sd StoredDoc
	if err := json.Unmarshal(data, &sd); err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	return &sd, nil
}

// Get returns the Document of id.
func (s *Store) Get(id string) (extract.Document, error) {
	sd, err := s.Stored(id)
	if err != nil {
		return extract.Document{}, err
	}
	return sd.Doc, nil
}

// Original returns the base name and bytes of the file document id was
// read from.
func (s *Store) Original(id string) (name string, data []byte, err error) {
	sd, err := s.Stored(id)
	if err != nil {
		return "", nil, err
	}
	data, err = os.ReadFile(s.objectPath(sd.Original))
	if err != nil {
		return "", nil, fmt.Errorf("original of %s: %w", id, err)
	}
	return sd.Name, data, nil
}

// RemoveDoc deletes a document record no path refers to any more.
func (s *Store) RemoveDoc(id string) error {
	if err := os.Remove(s.docPath(id)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	return nil
}

// AppendLedger appends entries durably (fsync) and applies them.
func (s *Store) AppendLedger(entries []LedgerEntry) error {
	if len(entries) == 0 {
		return nil
	}
	var buf bytes.Buffer
	for _, e := range entries {
		b, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("ledger: %w", err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	f, err := os.OpenFile(s.ledgerPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	// A torn line from a crash would swallow the first new entry: start on a
	// fresh line when the file does not end with one.
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		last := make([]byte, 1)
		if r, err := os.Open(s.ledgerPath()); err == nil {
			if _, err := r.ReadAt(last, st.Size()-1); err == nil && last[0] != '\n' {
				buf = *bytes.NewBuffer(append([]byte{'\n'}, buf.Bytes()...))
			}
			r.Close()
		}
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("ledger: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("ledger: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	s.mu.Lock()
	for _, e := range entries {
		s.apply(e)
	}
	s.mu.Unlock()
	return nil
}

// apply makes e the last entry of its path; the caller holds s.mu or owns s.
func (s *Store) apply(e LedgerEntry) {
	if old, ok := s.ledger[e.Path]; ok && old.DocID != "" {
		delete(s.byDoc[old.DocID], e.Path)
		if len(s.byDoc[old.DocID]) == 0 {
			delete(s.byDoc, old.DocID)
		}
	}
	s.ledger[e.Path] = e
	if e.DocID != "" && e.Status == StatusOK {
		if s.byDoc[e.DocID] == nil {
			s.byDoc[e.DocID] = map[string]bool{}
		}
		s.byDoc[e.DocID][e.Path] = true
	}
}

// CompactLedger rewrites the ledger with one line per path, atomically.
func (s *Store) CompactLedger() error {
	var buf bytes.Buffer
	for _, e := range s.Entries() {
		b, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("compact ledger: %w", err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if err := atomicWrite(s.ledgerPath(), buf.Bytes(), true); err != nil {
		return fmt.Errorf("compact ledger: %w", err)
	}
	return nil
}

// atomicWrite writes data to path through a temp file and a rename, so a
// reader sees the old file or the new one, never a part. With sync the temp
// file is fsynced before the rename; without, the caller syncs later (a
// crash before that may leave an empty file, which the ledger does not name
// yet).
func atomicWrite(path string, data []byte, sync bool) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil && sync {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// DocIDs returns the ids of the documents some ledger path refers to,
// sorted.
func (s *Store) DocIDs() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]string, 0, len(s.byDoc))
	for id, paths := range s.byDoc {
		if len(paths) > 0 {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}
