package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromiumArgs are the flags of a headless, offline browser.
var chromiumArgs = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
	"--no-first-run", "--disable-component-update", "--disable-sync", "--window-size=1280,1000"}

// TestBrowser loads the search page in headless Chromium, follows a facet
// link and a hit, opens the compare page and checks that the chart and
// the map are in the rendered DOM. Screenshots go to $VANBAN_SHOTS (or a
// temp dir).
func TestBrowser(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed (apt-get install -y chromium); browser test skipped")
	}
	s := newTestServer(t)
	ts := httptest.NewServer(s)
	defer ts.Close()
	shots := os.Getenv("VANBAN_SHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dom := func(path string) string {
		t.Helper()
		out, err := exec.CommandContext(ctx, bin, append(chromiumArgs, "--dump-dom", ts.URL+path)...).Output()
		if err != nil {
			t.Fatalf("chromium %s: %v", path, err)
		}
		return string(out)
	}
	shot := func(path, name string) {
		t.Helper()
		p := filepath.Join(shots, name)
		if err := exec.CommandContext(ctx, bin, append(chromiumArgs, "--screenshot="+p, ts.URL+path)...).Run(); err != nil {
			t.Errorf("screenshot %s: %v", path, err)
		}
	}
	home := dom("/?q=h%E1%BB%8Dc+t%E1%BA%ADp")
	m := regexp.MustCompile(`<section class="facet" data-field="province_2025">[\s\S]*?<a class="" href="([^"]+)"`).FindStringSubmatch(home)
	if m == nil {
		t.Fatalf("no province facet in the search page")
	}
	facet := strings.ReplaceAll(m[1], "&amp;", "&")
	filtered := dom(facet)
	if !strings.Contains(filtered, `class="chip"`) || !strings.Contains(filtered, `class="active"`) {
		t.Fatalf("facet %s: no chip or active facet", facet)
	}
	shot(facet, "search.png")
	hit := regexp.MustCompile(`href="(/doc/[0-9a-f]+)"`).FindStringSubmatch(filtered)
	if hit == nil {
		t.Fatal("no hit after the facet click")
	}
	if d := dom(hit[1]); !strings.Contains(d, `class="fields"`) || !strings.Contains(d, `class="text"`) {
		t.Fatalf("document page %s lacks its fields or text", hit[1])
	}
	shot(hit[1], "doc.png")
	cmp := dom("/compare?indicator=cong_dan_hoc_tap")
	if strings.Count(cmp, "<rect") == 0 || strings.Count(cmp, "<path") < 34 {
		t.Fatalf("compare page: chart bars %d, map paths %d", strings.Count(cmp, "<rect"), strings.Count(cmp, "<path"))
	}
	shot("/compare?indicator=cong_dan_hoc_tap", "compare.png")
	if c := dom("/cites/1373/Q%C4%90-TTg"); !strings.Contains(c, "Dòng thực hiện") {
		t.Fatalf("cascade page does not render")
	}
	shot("/cites/1373/Q%C4%90-TTg", "cites.png")
	// The commune plan: the seed with the most citations and targets.
	if m := regexp.MustCompile(`href="(/doc/[0-9a-f]+)"`).FindStringSubmatch(dom("/?q=C%E1%BA%A9m+Th%C3%A0nh")); m != nil {
		shot(m[1], "doc-commune.png")
	}
	t.Logf("screenshots in %s", shots)
}
