/*
 * cachefs: a FUSE pass-through file system that models a disk with a volatile write cache, for the
 * power-cut simulation (scripts/power-cut/run.mjs; what it proves: docs/DURABILITY.md).
 *
 * Model.
 *  - File DATA written through the mount stays in this process's memory, in 4 KiB pages per file
 *    (reads see it: they overlay the cached pages on the backing file). It reaches the backing
 *    directory only when that file is fsync'ed or fdatasync'ed (FUSE_FSYNC), on any descriptor of
 *    the file, as on Linux. close() makes nothing durable (flush/release do not write the cache).
 *  - Optionally (CACHEFS_EVICT_MS, CACHEFS_EVICT_PCT) a background thread writes back a random
 *    subset of the cached pages, in no order, as a disk's cache may do at any time: the backing
 *    directory may then hold any mix of old and new 4 KiB pages of a file (torn 8 KiB pages).
 *  - METADATA is immediate (a simplification): create, mkdir, unlink, rmdir, rename, link,
 *    symlink, chmod, chown, utimens and truncate are applied to the backing directory at once, so
 *    a power cut never loses a directory entry or a size set by truncate. Real file systems can
 *    lose un-fsynced directory entries; PostgreSQL fsyncs directories after renames (durable_rename)
 *    but that part is not tested here. A file's size grown by write() is data: cached.
 *  - fallocate is not offered (EOPNOTSUPP): glibc's posix_fallocate then writes the blocks, which
 *    go through the cache like any write.
 *  - "Power cut" = SIGKILL of this process: its cache vanishes. The backing directory lives on the
 *    host's own file system, which survives, so a flush does not fsync the backing file itself.
 *
 * CACHEFS_STATS=FILE: the cache's figures, rewritten every 10 ms.
 *
 * Build: gcc -O2 -Wall cachefs.c $(pkg-config --cflags --libs fuse3) -lpthread -o cachefs
 * Run:   cachefs BACKING MOUNTPOINT -f -o allow_other,default_permissions
 */
#define FUSE_USE_VERSION 31
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fuse.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096
#define NBUCKET 1024

struct page {
  off_t index;
  struct page *next;
  char data[PAGE];
};

/* One file with cached (unsynced) data, found by its backing inode so that rename does not move it. */
struct entry {
  dev_t dev;
  ino_t ino;
  int fd;        /* the daemon's own descriptor of the backing file, for write-back */
  off_t size;    /* the file's size as writers see it */
  long npages;
  struct page *bucket[NBUCKET];
  struct entry *next;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct entry *entries;
static char backing[PATH_MAX];
static long evict_ms, evict_pct;
static unsigned long long stat_fsyncs, stat_pages_flushed, stat_pages_evicted;

static void full(char out[PATH_MAX], const char *path) { snprintf(out, PATH_MAX, "%s%s", backing, path); }

static struct entry *find(dev_t dev, ino_t ino) {
  for (struct entry *e = entries; e; e = e->next)
    if (e->dev == dev && e->ino == ino) return e;
  return NULL;
}

static struct entry *find_fd(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0) return NULL;
  return find(st.st_dev, st.st_ino);
}

static struct entry *find_path(const char *path) {
  char p[PATH_MAX];
  struct stat st;
  full(p, path);
  if (lstat(p, &st) != 0) return NULL;
  return find(st.st_dev, st.st_ino);
}

static struct page **slot(struct entry *e, off_t index) {
  struct page **pp = &e->bucket[index % NBUCKET];
  while (*pp && (*pp)->index != index) pp = &(*pp)->next;
  return pp;
}

/* Writes one page to the backing file, no further than the file's size. */
static int write_page(struct entry *e, struct page *p) {
  off_t off = p->index * PAGE;
  if (off >= e->size) return 0;
  size_t len = e->size - off < PAGE ? (size_t)(e->size - off) : PAGE;
  ssize_t w = pwrite(e->fd, p->data, len, off);
  return w == (ssize_t)len ? 0 : -EIO;
}

static void drop(struct entry *e) {
  for (int b = 0; b < NBUCKET; b++)
    for (struct page *p = e->bucket[b], *n; p; p = n) {
      n = p->next;
      free(p);
    }
  close(e->fd);
  for (struct entry **ep = &entries; *ep; ep = &(*ep)->next)
    if (*ep == e) {
      *ep = e->next;
      break;
    }
  free(e);
}

/* fsync: every cached page of the file to the backing file, then its exact size. */
static int flush(struct entry *e) {
  int r = 0;
  for (int b = 0; b < NBUCKET; b++)
    for (struct page *p = e->bucket[b]; p; p = p->next)
      if (write_page(e, p) != 0) r = -EIO;
  struct stat st;
  if (r == 0 && fstat(e->fd, &st) == 0 && st.st_size != e->size && ftruncate(e->fd, e->size) != 0) r = -EIO;
  if (r == 0) {
    stat_pages_flushed += e->npages;
    drop(e);
  }
  return r;
}

static void *evictor(void *arg) {
  (void)arg;
  unsigned int seed = (unsigned int)time(NULL) ^ (unsigned int)getpid();
  for (;;) {
    usleep(evict_ms * 1000);
    pthread_mutex_lock(&lock);
    for (struct entry *e = entries; e; e = e->next)
      for (int b = 0; b < NBUCKET; b++)
        for (struct page **pp = &e->bucket[b]; *pp;) {
          if ((long)(rand_r(&seed) % 100) < evict_pct && write_page(e, *pp) == 0) {
            struct page *p = *pp;
            *pp = p->next;
            free(p);
            e->npages--;
            stat_pages_evicted++;
          } else {
            pp = &(*pp)->next;
          }
        }
    pthread_mutex_unlock(&lock);
  }
  return NULL;
}

/* Every 10 ms, the cache's figures to CACHEFS_STATS (a file outside the mount), so that the run
 * can say how much unsynced data the power cut threw away (as of at most 10 ms before it). */
static const char *stats_path;
static void *stats_writer(void *arg) {
  (void)arg;
  int fd = open(stats_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return NULL;
  for (;;) {
    char line[256];
    pthread_mutex_lock(&lock);
    long files = 0, pages = 0;
    for (struct entry *e = entries; e; e = e->next) files++, pages += e->npages;
    int n = snprintf(line, sizeof line,
                     "{\"cachedFiles\":%ld,\"cachedPages\":%ld,\"fsyncs\":%llu,\"pagesFlushed\":%llu,"
                     "\"pagesEvicted\":%llu}\n",
                     files, pages, stat_fsyncs, stat_pages_flushed, stat_pages_evicted);
    pthread_mutex_unlock(&lock);
    if (pwrite(fd, line, n, 0) == n && ftruncate(fd, n) == 0) { /* next round */ }
    usleep(10 * 1000);
  }
  return NULL;
}

static void *cf_init(struct fuse_conn_info *conn, struct fuse_config *cfg) {
  /* The kernel must pass every write through to us at once (no write-back cache of its own), and
   * ask us for attributes each time, since the size of a cached file is ours to say. */
  conn->want &= ~FUSE_CAP_WRITEBACK_CACHE;
  cfg->attr_timeout = 0;
  cfg->entry_timeout = 0;
  cfg->negative_timeout = 0;
  cfg->use_ino = 1;
  if (stats_path) {
    pthread_t t;
    pthread_create(&t, NULL, stats_writer, NULL);
    pthread_detach(t);
  }
  if (evict_ms > 0 && evict_pct > 0) {
    pthread_t t;
    pthread_create(&t, NULL, evictor, NULL);
    pthread_detach(t);
  }
  return NULL;
}

static int cf_getattr(const char *path, struct stat *st, struct fuse_file_info *fi) {
  char p[PATH_MAX];
  int r = fi ? fstat(fi->fh, st) : (full(p, path), lstat(p, st));
  if (r != 0) return -errno;
  pthread_mutex_lock(&lock);
  struct entry *e = find(st->st_dev, st->st_ino);
  if (e) {
    st->st_size = e->size;
    st->st_blocks = (e->size + 511) / 512;
  }
  pthread_mutex_unlock(&lock);
  return 0;
}

static int cf_access(const char *path, int mask) {
  char p[PATH_MAX];
  full(p, path);
  return access(p, mask) == 0 ? 0 : -errno;
}

static int cf_readlink(const char *path, char *buf, size_t size) {
  char p[PATH_MAX];
  full(p, path);
  ssize_t n = readlink(p, buf, size - 1);
  if (n < 0) return -errno;
  buf[n] = 0;
  return 0;
}

static int cf_readdir(const char *path, void *buf, fuse_fill_dir_t fill, off_t off, struct fuse_file_info *fi,
                      enum fuse_readdir_flags flags) {
  (void)off, (void)fi, (void)flags;
  char p[PATH_MAX];
  full(p, path);
  DIR *d = opendir(p);
  if (!d) return -errno;
  struct dirent *de;
  while ((de = readdir(d))) {
    struct stat st = {0};
    st.st_ino = de->d_ino;
    st.st_mode = de->d_type << 12;
    if (fill(buf, de->d_name, &st, 0, 0)) break;
  }
  closedir(d);
  return 0;
}

/* New files and folders belong to the caller (postgres), not to this daemon (root). */
static void own(const char *p) {
  struct fuse_context *c = fuse_get_context();
  if (lchown(p, c->uid, c->gid) != 0) { /* the caller's own permission checks still apply */ }
}

static int cf_mkdir(const char *path, mode_t mode) {
  char p[PATH_MAX];
  full(p, path);
  if (mkdir(p, mode) != 0) return -errno;
  own(p);
  return 0;
}

/* Drops the cache of an inode whose last name goes away: nothing can reach its data any more. */
static void forget_if_last(const char *p) {
  struct stat st;
  if (lstat(p, &st) != 0 || st.st_nlink > 1 || S_ISDIR(st.st_mode)) return;
  struct entry *e = find(st.st_dev, st.st_ino);
  if (e) drop(e);
}

static int cf_unlink(const char *path) {
  char p[PATH_MAX];
  full(p, path);
  pthread_mutex_lock(&lock);
  forget_if_last(p);
  int r = unlink(p) == 0 ? 0 : -errno;
  pthread_mutex_unlock(&lock);
  return r;
}

static int cf_rmdir(const char *path) {
  char p[PATH_MAX];
  full(p, path);
  return rmdir(p) == 0 ? 0 : -errno;
}

static int cf_symlink(const char *from, const char *to) {
  char p[PATH_MAX];
  full(p, to);
  if (symlink(from, p) != 0) return -errno;
  own(p);
  return 0;
}

static int cf_rename(const char *from, const char *to, unsigned int flags) {
  if (flags) return -EINVAL;
  char a[PATH_MAX], b[PATH_MAX];
  full(a, from);
  full(b, to);
  pthread_mutex_lock(&lock);
  struct stat sa, sb;
  if (lstat(a, &sa) == 0 && lstat(b, &sb) == 0 && !(sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino))
    forget_if_last(b);
  int r = rename(a, b) == 0 ? 0 : -errno;
  pthread_mutex_unlock(&lock);
  return r;
}

static int cf_link(const char *from, const char *to) {
  char a[PATH_MAX], b[PATH_MAX];
  full(a, from);
  full(b, to);
  return link(a, b) == 0 ? 0 : -errno;
}

static int cf_chmod(const char *path, mode_t mode, struct fuse_file_info *fi) {
  char p[PATH_MAX];
  full(p, path);
  int r = fi ? fchmod(fi->fh, mode) : chmod(p, mode);
  return r == 0 ? 0 : -errno;
}

static int cf_chown(const char *path, uid_t uid, gid_t gid, struct fuse_file_info *fi) {
  char p[PATH_MAX];
  full(p, path);
  int r = fi ? fchown(fi->fh, uid, gid) : lchown(p, uid, gid);
  return r == 0 ? 0 : -errno;
}

/* Immediate, like all metadata: the backing file gets the size now, cached pages past it go. */
static int truncate_entry(struct entry *e, off_t size) {
  for (int b = 0; b < NBUCKET; b++)
    for (struct page **pp = &e->bucket[b]; *pp;) {
      struct page *p = *pp;
      if (p->index * PAGE >= size) {
        *pp = p->next;
        free(p);
        e->npages--;
        continue;
      }
      if ((p->index + 1) * PAGE > size) memset(p->data + (size - p->index * PAGE), 0, (p->index + 1) * PAGE - size);
      pp = &p->next;
    }
  e->size = size;
  return 0;
}

static int cf_truncate(const char *path, off_t size, struct fuse_file_info *fi) {
  char p[PATH_MAX];
  full(p, path);
  pthread_mutex_lock(&lock);
  int r = (fi ? ftruncate(fi->fh, size) : truncate(p, size)) == 0 ? 0 : -errno;
  if (r == 0) {
    struct entry *e = fi ? find_fd(fi->fh) : find_path(path);
    if (e) truncate_entry(e, size);
  }
  pthread_mutex_unlock(&lock);
  return r;
}

static int cf_utimens(const char *path, const struct timespec ts[2], struct fuse_file_info *fi) {
  char p[PATH_MAX];
  full(p, path);
  int r = fi ? futimens(fi->fh, ts) : utimensat(AT_FDCWD, p, ts, AT_SYMLINK_NOFOLLOW);
  return r == 0 ? 0 : -errno;
}

/* O_APPEND is left to the kernel (it gives us the offset); the daemon needs to read its pages. */
static int backing_flags(int flags) {
  flags &= ~O_APPEND;
  if ((flags & O_ACCMODE) == O_WRONLY) flags = (flags & ~O_ACCMODE) | O_RDWR;
  return flags;
}

static int cf_create(const char *path, mode_t mode, struct fuse_file_info *fi) {
  char p[PATH_MAX];
  full(p, path);
  int fd = open(p, backing_flags(fi->flags), mode);
  if (fd < 0) return -errno;
  own(p);
  fi->fh = fd;
  return 0;
}

static int cf_open(const char *path, struct fuse_file_info *fi) {
  char p[PATH_MAX];
  full(p, path);
  int flags = backing_flags(fi->flags);
  int fd = open(p, flags);
  if (fd < 0 && errno == EACCES && (flags & O_ACCMODE) == O_RDWR && (fi->flags & O_ACCMODE) == O_WRONLY)
    fd = open(p, fi->flags & ~O_APPEND);
  if (fd < 0) return -errno;
  if (fi->flags & O_TRUNC) {
    pthread_mutex_lock(&lock);
    struct entry *e = find_fd(fd);
    if (e) truncate_entry(e, 0);
    pthread_mutex_unlock(&lock);
  }
  fi->fh = fd;
  return 0;
}

static int cf_read(const char *path, char *buf, size_t size, off_t off, struct fuse_file_info *fi) {
  (void)path;
  pthread_mutex_lock(&lock);
  struct entry *e = find_fd(fi->fh);
  if (!e) {
    pthread_mutex_unlock(&lock);
    ssize_t n = pread(fi->fh, buf, size, off);
    return n < 0 ? -errno : (int)n;
  }
  if (off >= e->size) {
    pthread_mutex_unlock(&lock);
    return 0;
  }
  if ((off_t)size > e->size - off) size = e->size - off;
  ssize_t n = pread(fi->fh, buf, size, off);
  if (n < 0) n = 0;
  if ((size_t)n < size) memset(buf + n, 0, size - n);
  for (off_t i = off / PAGE; i * PAGE < off + (off_t)size; i++) {
    struct page *p = *slot(e, i);
    if (!p) continue;
    off_t from = i * PAGE > off ? i * PAGE : off;
    off_t to = (i + 1) * PAGE < off + (off_t)size ? (i + 1) * PAGE : off + (off_t)size;
    memcpy(buf + (from - off), p->data + (from - i * PAGE), to - from);
  }
  pthread_mutex_unlock(&lock);
  return (int)size;
}

static int cf_write(const char *path, const char *buf, size_t size, off_t off, struct fuse_file_info *fi) {
  (void)path;
  struct stat st;
  if (fstat(fi->fh, &st) != 0) return -errno;
  pthread_mutex_lock(&lock);
  struct entry *e = find(st.st_dev, st.st_ino);
  if (!e) {
    e = calloc(1, sizeof *e);
    e->dev = st.st_dev;
    e->ino = st.st_ino;
    e->size = st.st_size;
    e->fd = dup(fi->fh);
    if (e->fd < 0) {
      free(e);
      pthread_mutex_unlock(&lock);
      return -EIO;
    }
    e->next = entries;
    entries = e;
  }
  for (off_t i = off / PAGE; i * PAGE < off + (off_t)size; i++) {
    struct page **pp = slot(e, i);
    if (!*pp) {
      struct page *p = calloc(1, sizeof *p);
      p->index = i;
      /* the page's current contents: backing file, no further than the size writers see */
      if (i * PAGE < e->size) {
        size_t want = e->size - i * PAGE < PAGE ? (size_t)(e->size - i * PAGE) : PAGE;
        if (pread(e->fd, p->data, want, i * PAGE) < 0) { /* a hole reads as zeros */ }
      }
      *pp = p;
      e->npages++;
    }
    off_t from = i * PAGE > off ? i * PAGE : off;
    off_t to = (i + 1) * PAGE < off + (off_t)size ? (i + 1) * PAGE : off + (off_t)size;
    memcpy((*pp)->data + (from - i * PAGE), buf + (from - off), to - from);
  }
  if (off + (off_t)size > e->size) e->size = off + size;
  pthread_mutex_unlock(&lock);
  return (int)size;
}

static int cf_statfs(const char *path, struct statvfs *st) {
  char p[PATH_MAX];
  full(p, path);
  return statvfs(p, st) == 0 ? 0 : -errno;
}

/* close(): nothing becomes durable (Linux's close does not flush to the disk either). */
static int cf_flush(const char *path, struct fuse_file_info *fi) {
  (void)path, (void)fi;
  return 0;
}

static int cf_release(const char *path, struct fuse_file_info *fi) {
  (void)path;
  close(fi->fh);
  return 0;
}

static int cf_fsync(const char *path, int datasync, struct fuse_file_info *fi) {
  (void)path, (void)datasync;
  pthread_mutex_lock(&lock);
  stat_fsyncs++;
  struct entry *e = find_fd(fi->fh);
  int r = e ? flush(e) : 0;
  pthread_mutex_unlock(&lock);
  return r;
}

/* Directory entries are immediate in this model: nothing to write. */
static int cf_fsyncdir(const char *path, int datasync, struct fuse_file_info *fi) {
  (void)path, (void)datasync, (void)fi;
  return 0;
}

static int cf_fallocate(const char *path, int mode, off_t off, off_t len, struct fuse_file_info *fi) {
  (void)path, (void)mode, (void)off, (void)len, (void)fi;
  return -EOPNOTSUPP;
}

static const struct fuse_operations ops = {
    .init = cf_init,
    .getattr = cf_getattr,
    .access = cf_access,
    .readlink = cf_readlink,
    .readdir = cf_readdir,
    .mkdir = cf_mkdir,
    .symlink = cf_symlink,
    .unlink = cf_unlink,
    .rmdir = cf_rmdir,
    .rename = cf_rename,
    .link = cf_link,
    .chmod = cf_chmod,
    .chown = cf_chown,
    .truncate = cf_truncate,
    .utimens = cf_utimens,
    .open = cf_open,
    .create = cf_create,
    .read = cf_read,
    .write = cf_write,
    .statfs = cf_statfs,
    .flush = cf_flush,
    .release = cf_release,
    .fsync = cf_fsync,
    .fsyncdir = cf_fsyncdir,
    .fallocate = cf_fallocate,
};

int main(int argc, char *argv[]) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s BACKING MOUNTPOINT [fuse options]\n", argv[0]);
    return 2;
  }
  if (!realpath(argv[1], backing)) {
    perror(argv[1]);
    return 2;
  }
  const char *ms = getenv("CACHEFS_EVICT_MS"), *pct = getenv("CACHEFS_EVICT_PCT");
  evict_ms = ms ? atol(ms) : 0;
  evict_pct = pct ? atol(pct) : 0;
  stats_path = getenv("CACHEFS_STATS");
  /* BACKING is ours, not FUSE's: hand FUSE the rest. */
  argv[1] = argv[0];
  umask(0);
  return fuse_main(argc - 1, argv + 1, &ops, NULL);
}
