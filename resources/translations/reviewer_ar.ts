<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>Formats</name>
        <message>
            <source>%1k</source>
            <comment>thousands, short</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1M</source>
            <comment>millions, short</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds, short</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes, short</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>hours and minutes, short</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>a duration in days</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds with a decimal</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Held on this desk: the service kept refusing it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Send %n held decision(s) again</source>
            <extracomment>the ids of the held decisions to put back in the outbox</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sending again…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Disk full: cases cannot be saved</source>
            <extracomment>show the lease countdown as a warning below this many seconds the sync engine failed and restarts at this time (cleared by the next report) the sync thread gave up: this text stays until the window goes shown only while the data folder's disk is almost full</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disk almost full: %1 MB free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free some space: a decision that cannot be saved is refused, not lost.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sync stopped: restarting in %n s</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>● Online: %n decision(s) being retried alone</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>● Online: uploads failing, retrying</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Set by your IT department for this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncThread</name>
        <message numerus="yes">
            <source>Sync stopped after %n error(s) in 10 minutes (run “reviewer doctor” for details).</source>
            <extracomment>never sleep longer than this between rounds (status bar freshness, lease countdown) store state key: releases (skips) asked for and not yet done on the service threads given up at sign-out, kept alive (not owned by any window) until they end at quit, how long to let given-up threads end (a QThread destroyed while it runs aborts the process; its store writes are transactions either way) the engine failed and restarts in this many seconds (the status bar counts down)</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
