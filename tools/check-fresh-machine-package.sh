# shellcheck shell=bash
# tools/check-fresh-machine --package DEB: the Debian package on a fresh Debian 12. Sourced by
# tools/check-fresh-machine once the minimal root is made and mounted; uses its step, in_root, say,
# processes_in_root and elapsed, and $chroot_dir, $logs, $package, $run_seconds, $started.
# What it proves, in order (docs/packaging.md):
#   1. `apt install ./atelier_….deb` pulls every dependency on a system that has none of them;
#   2. as an ordinary user, `atelier-cli demo --customers 200`, `find`, `backup`, an encrypted copy
#      and the restore from it work from the installed paths, in Chinese too, and `atelier` starts
#      (under Xvfb, which is installed for the check only);
#   3. nothing was written outside that user's home: not next to the programs, not in /etc;
#   4. `apt remove`, and `apt purge` after installing it again, leave the user's store, backups and
#      logs as they were.

shopkeeper=shopkeeper # the ordinary user: no sudo, no group beyond her own
shop_home=/home/$shopkeeper
shop_data=$shop_home/.local/share/Atelier/Atelier

# A command in the root as the shopkeeper, with a login's environment and nothing of this shell.
as_shopkeeper() {
    chroot "$chroot_dir" /usr/sbin/runuser -u "$shopkeeper" -- /usr/bin/env -i HOME="$shop_home" \
        USER="$shopkeeper" LOGNAME="$shopkeeper" SHELL=/bin/bash TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/bin:/usr/bin:/bin "$@"
}

check_fail() { echo "check: $*"; return 1; }

install_package() {
    in_root sh -c 'apt-get update'
    in_root sh -c "cd /root && DEBIAN_FRONTEND=noninteractive apt install -y ./$(basename "$package")"
}

check_installed() {
    in_root dpkg-query -W -f='${Package} ${Version} ${db:Status-Abbrev}\n' atelier
    [ "$(in_root dpkg-query -W -f='${db:Status-Abbrev}' atelier)" = "ii " ] \
        || check_fail "atelier is not installed"
    local file
    for file in /usr/bin/atelier /usr/bin/atelier-cli /usr/share/applications/org.atelier.Atelier.desktop \
        /usr/share/metainfo/org.atelier.Atelier.metainfo.xml /usr/share/man/man1/atelier-cli.1.gz \
        /usr/lib/systemd/user/atelier-nightly.timer /usr/lib/systemd/user/atelier-nightly.service; do
        [ -f "$chroot_dir$file" ] || check_fail "$file is missing"
        echo "present: $file"
    done
    # The plugins Qt loads at run time, which no library dependency pulls in.
    local plugin
    for plugin in sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so platforms/libqxcb.so \
        platforms/libqoffscreen.so; do
        in_root sh -c "ls /usr/lib/*/qt6/plugins/$plugin" || check_fail "Qt plugin $plugin is missing"
    done
    in_root sh -c 'ls /usr/share/qt6/translations/qtbase_zh_CN.qm' || check_fail "Qt's Chinese is missing"
    in_root sh -c 'ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' \
        || check_fail "no font with Chinese glyphs"
    # The timer is installed but not enabled for anyone.
    [ ! -e "$chroot_dir/etc/systemd/user/timers.target.wants/atelier-nightly.timer" ] \
        || check_fail "the nightly timer is enabled by the package"
    echo "the nightly timer is installed and not enabled"
}

# The shopkeeper's work from the installed paths; a time stamp first, to see what it changed.
run_as_shopkeeper() {
    in_root useradd --create-home --shell /bin/bash "$shopkeeper"
    touch "$chroot_dir/root/before-the-shopkeeper"
    as_shopkeeper atelier-cli demo --customers 200
    [ -f "$chroot_dir$shop_data/atelier.sqlite" ] || check_fail "no store at $shop_data/atelier.sqlite"
    local found
    found=$(as_shopkeeper atelier-cli find 王 --limit 5)
    echo "atelier-cli find 王 --limit 5:"
    echo "$found" | sed 's/^/    /'
    [ "$(echo "$found" | grep -c .)" -ge 1 ] || check_fail "atelier-cli find found nobody"
    local copy
    copy=$(as_shopkeeper atelier-cli backup)
    echo "atelier-cli backup: $copy"
    case "$copy" in
        "$shop_data"/backups/atelier-*.sqlite) ;;
        *) check_fail "the backup is not in $shop_data/backups" ;;
    esac
    # The copy for a USB stick (a folder in her home here), encrypted with libsodium from the
    # installed paths, and the store restored from it; the passphrase from a file descriptor.
    as_shopkeeper sh -c 'umask 077 && mkdir ~/usb-stick && echo "a passphrase for the check" >~/passphrase'
    copy=$(as_shopkeeper sh -c 'atelier-cli backup --encrypt --out ~/usb-stick --passphrase-fd 3 3<~/passphrase')
    echo "atelier-cli backup --encrypt --out ~/usb-stick: $copy"
    case "$copy" in
        "$shop_home"/usb-stick/atelier-*.encrypted) ;;
        *) check_fail "the encrypted copy is not in ~/usb-stick" ;;
    esac
    as_shopkeeper sh -c "atelier-cli restore '$copy' --yes --passphrase-fd 3 3<~/passphrase"
    # The translations are inside the programs: Chinese with a Chinese locale, nothing to install.
    local chinese
    chinese=$(as_shopkeeper env LANG=zh_CN.UTF-8 atelier-cli no-such-verb 2>&1 || true)
    echo "LANG=zh_CN.UTF-8 atelier-cli no-such-verb: $chinese"
    echo "$chinese" | grep -q '未知命令' || check_fail "atelier-cli did not answer in Chinese"
}

# atelier under Xvfb as the shopkeeper: up for $run_seconds s on her store (at its login screen),
# and its log in her data folder.
start_app() {
    local app=$chroot_dir/usr/bin/atelier
    setsid chroot "$chroot_dir" /usr/sbin/runuser -u "$shopkeeper" -- /usr/bin/env -i \
        HOME="$shop_home" USER="$shopkeeper" LOGNAME="$shopkeeper" SHELL=/bin/bash TERM=dumb \
        LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin \
        xvfb-run -a -s "-screen 0 1280x800x24" atelier &
    local pid=$! up_since="" limit=$((SECONDS + 120)) status=1
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$limit" ]; do
        local running=0 p
        for p in /proc/[0-9]*; do
            [ "$(readlink "$p/exe" 2>/dev/null)" = "$app" ] && running=1 && break
        done
        if [ "$running" -eq 1 ]; then
            up_since=${up_since:-$SECONDS}
            if [ $((SECONDS - up_since)) -ge "$run_seconds" ]; then
                echo "check: atelier has been up for $run_seconds s as $shopkeeper"
                status=0
                break
            fi
        fi
        sleep 1
    done
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 2
    local pids
    pids=$(processes_in_root)
    [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
    [ "$status" -eq 0 ] || check_fail "atelier did not stay up for $run_seconds s"
    grep -F "atelier 0" "$chroot_dir$shop_data/atelier.log" \
        || check_fail "atelier wrote no start line to $shop_data/atelier.log"
}

# Nothing next to the programs or in /etc, the installed files as the package made them, and no file
# of the shopkeeper's outside her home (and /tmp, where Xvfb keeps its socket).
check_nothing_written_elsewhere() {
    local changed
    changed=$(in_root find /usr /etc /opt /srv /var/lib/dpkg -xdev -newer /root/before-the-shopkeeper -print)
    [ -z "$changed" ] || check_fail "changed while the shopkeeper worked: $changed"
    echo "nothing changed in /usr, /etc, /opt, /srv or /var/lib/dpkg"
    in_root dpkg --verify atelier || check_fail "dpkg --verify atelier: installed files changed"
    echo "dpkg --verify atelier: every installed file as packaged"
    local hers
    hers=$(in_root find / -xdev -user "$shopkeeper" -not -path "$shop_home" -not -path "$shop_home/*" \
        -not -path '/tmp/*' -print)
    [ -z "$hers" ] || check_fail "files of $shopkeeper outside her home: $hers"
    echo "the shopkeeper's files, all in $shop_home:"
    (cd "$chroot_dir$shop_home" && find . -type f | sort | sed 's/^/    /')
}

# The store's files and their checksums: removing the package must leave them as they are.
store_fingerprint() {
    (cd "$chroot_dir$shop_data" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
}

remove_and_purge() {
    store_fingerprint >"$logs/store-before-removal.sha256"
    local how
    for how in remove purge; do
        # The package has no configuration files, so `apt remove` leaves nothing for a purge to take:
        # it is installed again (its dependencies are there) and then purged.
        [ "$how" = remove ] || install_package
        in_root sh -c "DEBIAN_FRONTEND=noninteractive apt $how -y atelier"
        [ ! -e "$chroot_dir/usr/bin/atelier" ] || check_fail "apt $how left /usr/bin/atelier"
        store_fingerprint | diff "$logs/store-before-removal.sha256" - \
            || check_fail "apt $how changed the shopkeeper's store"
        echo "after apt $how: the store, its backup and the logs are as they were"
    done
    ! in_root dpkg --status atelier >/dev/null 2>&1 || check_fail "dpkg still knows atelier after the purge"
}

check_package() {
    local deb
    deb=$(basename "$package")
    if in_root dpkg-query -W -f='${db:Status-Abbrev}' libqt6core6 2>/dev/null | grep -q '^ii'; then
        die "the fresh root already has Qt: it is not fresh"
    fi
    cp "$package" "$chroot_dir/root/$deb"
    step "apt install ./$deb" "$logs/2-apt-install.log" install_package
    step "the installed package" "$logs/3-installed.log" check_installed
    step "installing xvfb for the check (not a dependency)" "$logs/4-xvfb.log" in_root sh -c \
        'DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth'
    step "atelier-cli demo, find, backup, encrypted copy, restore as $shopkeeper" "$logs/5-cli.log" run_as_shopkeeper
    step "atelier under Xvfb as $shopkeeper" "$logs/6-app.log" start_app
    step "nothing written outside the home" "$logs/7-elsewhere.log" check_nothing_written_elsewhere
    step "apt remove, apt purge" "$logs/8-remove.log" remove_and_purge

    echo
    echo "PASS: $deb on a fresh Debian 12 in $(elapsed "$started"): installed with every dependency," \
        "worked as $shopkeeper from /usr/bin, and removed and purged with her store kept"
    grep -hE '^\[[0-9:]+\] ([0-9]+ upgraded|Need to get|After this operation)' "$logs/2-apt-install.log" \
        | sed 's/^/    /' || true
    echo "    the store after removal: $(du -sh "$chroot_dir$shop_data" | cut -f1) in $shop_data"
}
