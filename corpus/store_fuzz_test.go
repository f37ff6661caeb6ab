package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzLedger opens a store whose ledger holds arbitrary bytes: damaged
// lines are counted and skipped, never a panic, and an entry appended after
// them (even after a torn last line) reads back.
func FuzzLedger(f *testing.F) {
	good := `{"path":"/in/a.txt","hash":"ab","size":3,"doc_id":"d1","status":"ok","time":"2025-01-02T03:04:05Z"}` + "\n"
	f.Add([]byte(good))
	f.Add([]byte(good + good[:40]))
	f.Add([]byte(good + "{not json}\n" + good))
	f.Add([]byte("\x00\xff\n\n" + `{"path":"","status":"ok"}` + "\n"))
	f.Add([]byte(`{"path":"/x","status":"weird"}`))
	f.Fuzz(func(t *testing.T, ledger []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "ledger.jsonl"), ledger, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := OpenStore(dir)
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		if s.LedgerSkipped() < 0 {
			t.Fatalf("skipped %d", s.LedgerSkipped())
		}
		for _, e := range s.Entries() {
			if e.Path == "" || (e.Status != StatusOK && e.Status != StatusFailed) {
				t.Fatalf("bad entry kept: %+v", e)
			}
		}
		for _, id := range s.DocIDs() {
			if len(s.Sources(id)) == 0 {
				t.Fatalf("document %s without sources", id)
			}
		}
		e := LedgerEntry{Path: "/fuzz/new.txt", Hash: "cd", DocID: "dnew", Status: StatusOK, Time: time.Unix(0, 0).UTC()}
		if err := s.AppendLedger([]LedgerEntry{e}); err != nil {
			t.Fatal(err)
		}
		s2, err := OpenStore(dir)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := s2.Entry(e.Path); !ok || got.DocID != "dnew" {
			t.Fatalf("appended entry lost after %q: %+v %v", ledger, got, ok)
		}
		if s2.LedgerSkipped() > s.LedgerSkipped() {
			t.Fatalf("append damaged a line: %d > %d", s2.LedgerSkipped(), s.LedgerSkipped())
		}
	})
}

func TestLedgerDamagedLines(t *testing.T) {
	dir := t.TempDir()
	good := `{"path":"/in/a.txt","hash":"ab","size":3,"doc_id":"d1","status":"ok","time":"2025-01-02T03:04:05Z"}`
	long := `{"path":"/in/long.txt","hash":"ab","doc_id":"d2","status":"failed","error":"` + strings.Repeat("x", 20<<20) + `","time":"2025-01-02T03:04:05Z"}`
	ledger := good + "\n{torn\n" + long + "\n" + good[:30]
	if err := os.WriteFile(filepath.Join(dir, "ledger.jsonl"), []byte(ledger), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.LedgerSkipped() != 2 {
		t.Fatalf("skipped %d lines, want 2", s.LedgerSkipped())
	}
	if _, ok := s.Entry("/in/long.txt"); !ok {
		t.Fatal("a 20 MB ledger line was dropped")
	}
	if _, ok := s.Entry("/in/a.txt"); !ok {
		t.Fatal("good line dropped")
	}
}
