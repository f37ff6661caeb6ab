package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/extract/vn"
)

// docxRealDocs is the folder of real Word files of provincial departments
// and ministries shared beside the repository.
const docxRealDocs = "../../shared/data/real-docs"

// TestRealWordDocs reads every .docx and .doc of the shared folder: each
// reads, or fails with a clear error (never a crash or a hang), and at least
// 90% of those that are administrative documents (their text carries the
// national motto; the folder also holds extracts, lists and reviews with
// neither a type nor a date) give a document type and an issue date.
func TestRealWordDocs(t *testing.T) {
	if testing.Short() {
		t.Skip("heavy check skipped in -short")
	}
	if _, err := os.Stat(docxRealDocs); err != nil {
		t.Skipf("shared real documents absent (%v)", err)
	}
	var paths []string
	for _, pat := range []string{"*.docx", "*.doc"} {
		m, _ := filepath.Glob(filepath.Join(docxRealDocs, pat))
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatalf("no .docx or .doc in %s", docxRealDocs)
	}
	ex := extract.New(rulesForTest(t))
	read, formal, typed := 0, 0, 0
	for _, p := range paths {
		tx, err := ReadFile(context.Background(), p, Options{})
		if err != nil {
			if errors.Is(err, ErrPanic) || errors.Is(err, ErrTimeout) {
				t.Errorf("%s: %v", filepath.Base(p), err)
			} else {
				t.Logf("%s: %v", filepath.Base(p), err)
			}
			continue
		}
		read++
		if !strings.Contains(vn.Fold(tx.Text), "cong hoa xa hoi chu nghia viet nam") {
			t.Logf("%s: not an administrative document (no national motto)", filepath.Base(p))
			continue
		}
		formal++
		d := ex.Extract(tx.Input(p))
		if d.DocType != "" && d.Issued.Date != "" {
			typed++
		} else {
			t.Logf("%s: type %q date %q", filepath.Base(p), d.DocType, d.Issued.Date)
		}
	}
	t.Logf("%d files: %d read, %d administrative documents, %d of them with a type and a date", len(paths), read, formal, typed)
	if 10*read < 9*len(paths) {
		t.Errorf("only %d of %d files read", read, len(paths))
	}
	if formal == 0 || 10*typed < 9*formal {
		t.Errorf("only %d of %d administrative documents give a type and a date (want ≥ 90%%)", typed, formal)
	}
}
