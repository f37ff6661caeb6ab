package web

import (
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTargetsCSV checks that the comparison CSV opens in a spreadsheet
// with the Vietnamese intact: a UTF-8 BOM, valid UTF-8, RFC 4180 records
// that encoding/csv reads back with the seed localities.
func TestTargetsCSV(t *testing.T) {
	s := newTestServer(t)
	for _, tc := range []struct {
		url, header string
		want        []string
	}{
		{"/api/targets.csv?indicator=cong_dan_hoc_tap", "locality", []string{"Cẩm Thành", "Cần Đước", "Bình Dương"}},
		{"/api/targets.csv?indicator=cong_dan_hoc_tap&by=province_2025", "province", []string{"Hồ Chí Minh", "Tây Ninh", "Thanh Hóa"}},
		{"/api/targets.csv?indicator=c%C3%B4ng+d%C3%A2n+h%E1%BB%8Dc+t%E1%BA%ADp&by=province", "province", []string{"Long An", "Bình Dương"}},
	} {
		code, body, hdr := get(t, s, tc.url)
		if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/csv") {
			t.Fatalf("GET %s = %d %s", tc.url, code, hdr.Get("Content-Type"))
		}
		if !strings.HasPrefix(body, "\ufeff") || !utf8.ValidString(body) {
			t.Fatalf("GET %s: no BOM or not UTF-8", tc.url)
		}
		if !strings.Contains(body, "\r\n") {
			t.Errorf("GET %s: lines not CRLF", tc.url)
		}
		recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatalf("GET %s: %v", tc.url, err)
		}
		if len(recs) < 2 || recs[0][0] != tc.header {
			t.Fatalf("GET %s: header %v, %d records", tc.url, recs[0], len(recs))
		}
		col := map[string]bool{}
		for _, r := range recs[1:] {
			col[r[0]] = true
		}
		for _, w := range tc.want {
			if !col[w] {
				t.Errorf("GET %s: no row for %q in %v", tc.url, w, col)
			}
		}
	}
}
