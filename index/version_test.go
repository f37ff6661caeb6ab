package index

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract"
)

func TestMappingVersionCheck(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// An index of an older vanban: no version key, or another number.
	for _, old := range []string{"", "1", "x"} {
		if old == "" {
			err = x.b.DeleteInternal(mappingVersionKey)
		} else {
			err = x.b.SetInternal(mappingVersionKey, []byte(old))
		}
		if err != nil {
			t.Fatal(err)
		}
		x.Close()
		for _, ro := range []bool{false, true} {
			_, err := Open(dir, Options{ReadOnly: ro})
			var ve *MappingVersionError
			if !errors.Is(err, ErrMappingVersion) || !errors.As(err, &ve) || !strings.Contains(err.Error(), "vanban ingest --reindex") {
				t.Fatalf("version %q read-only %v: got %v", old, ro, err)
			}
		}
		if x, err = Open(dir, Options{}); err == nil {
			t.Fatalf("version %q: reopened", old)
		}
		// Put the current version back through a fresh handle to go on.
		x = reopenRaw(t, dir)
	}
	x.Close()
}

// reopenRaw opens dir without the version check and restores the version.
func reopenRaw(t *testing.T, dir string) *Index {
	t.Helper()
	b, err := openBleve(dir, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := verSet(b); err != nil {
		t.Fatal(err)
	}
	return newIndex(b, false)
}

func TestAgencyFilterAndFacet(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	ctx := context.Background()
	e := testDocs()[3]
	e.Doc.ID = "ag1"
	e.Doc.Agencies = []extract.Agency{
		{Name: "Sở Giáo dục và Đào tạo", Key: "so_giao_duc_va_dao_tao", Role: extract.RoleLead},
		{Name: "Sở Tài chính", Key: "so_tai_chinh", Role: extract.RoleCoordinate},
		{Name: "Sở GD&ĐT", Key: "so_giao_duc_va_dao_tao", Role: extract.RoleMentioned},
	}
	if err := x.Put(ctx, []Entry{e}); err != nil {
		t.Fatal(err)
	}
	r, err := x.Search(ctx, Request{Filters: map[string][]string{"agency": {"so_giao_duc_va_dao_tao"}}, Facets: []string{"agency"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) != 1 || got[0] != "ag1" {
		t.Fatalf("agency filter: %v", got)
	}
	want := map[string]int{"so_giao_duc_va_dao_tao": 1, "so_tai_chinh": 1}
	if len(r.Facets["agency"]) != len(want) {
		t.Fatalf("agency facet: %v", r.Facets["agency"])
	}
	for _, c := range r.Facets["agency"] {
		if want[c.Value] != c.Count {
			t.Fatalf("agency facet: %v", r.Facets["agency"])
		}
	}
}
