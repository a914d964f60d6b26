<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>A newer version (%1) is available; ask IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IT contact: not set by your IT department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IT contact: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case service: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case service: not signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service version: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service version: not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IT gets it from: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdminLogPage</name>
        <message>
            <source>Admin log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin log entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh the admin log</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entry(ies), newest first</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>AdminWindow</name>
        <message>
            <source>Admin · %1 · Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users, queues, golden items, QA sampling and the admin log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnnouncementBanner</name>
        <message>
            <source>Urgent guideline update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>URGENT GUIDELINE UPDATE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have read this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge the guideline update</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Policy %1 · acknowledge before your next decision · %n more after this one</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Policy %1 · acknowledge before your next decision</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditChainView</name>
        <message>
            <source>seq %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seq %1–%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GAP</source>
            <comment>an audit-chain finding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EDITED</source>
            <comment>an audit-chain finding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MISSING TAIL</source>
            <comment>an audit-chain finding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WENT BACKWARDS</source>
            <comment>an audit-chain finding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CLAIM DOES NOT MATCH</source>
            <comment>an audit-chain finding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HELD ON THE DESK</source>
            <comment>an audit-chain finding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RECOVERY</source>
            <comment>an audit-chain finding</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sequence numbers the client used but the service has no decision for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a stored decision no longer matches the hash the client chained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the client said it had decided more than the service received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a later upload claimed a lower chain position than an earlier one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the head given for this check is not the one on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decisions the desk keeps because the service kept refusing them (not lost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the desk rebuilt a damaged store and linked the new chain to the old head</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>OK: %1's audit chain is intact up to seq %2 (head %3). %Ln decision(s) held on the desk, not yet sent.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>OK: %1's audit chain is intact up to seq %2 (head %3).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>PROBLEM: %Ln finding(s) in %1's audit chain. Decisions may have been lost or changed after they were made.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Checked %1. Stored head: seq %2, hash %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No decision from this moderator has reached the service yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no stored seq</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device %1: %2 (%3); the client last claimed seq %4, head %5; %6; %7.</source>
            <comment>device, decisions stored, their seqs, claimed seq and head, links, uploads</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed)</source>
            <comment>a device without a name</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) stored</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln link(s) recomputed</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln upload(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  %2 on device %3: %4</source>
            <comment>finding, seqs, device, meaning</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>finding, seqs, meaning</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. %2</source>
            <comment>a finding, then its detail</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between decision ids</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decisions: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings: none. Every stored link matches the chain the client sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sequence numbers without a decision: %1; explained by guideline acknowledgements on record: %2; unexplained: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit chain check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compares the chain heads a moderator's client sent with the decisions the service stored: a gap, an edited decision or a missing tail shows here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit chain findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick or type a moderator's username first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check could not run: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreachesView</name>
        <message>
            <source>SLA breaches</source>
            <extracomment>how often the page reads the breaches again while it is shown (ms)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases that went past their deadline in the last 24 hours, still waiting or decided late. The list reads itself again every 30 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln breach(es) in the last 24 hours, as of %1</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreakReminder</name>
        <message>
            <source>Break reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a break (pause)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You have looked at sensitive content for about %Ln minute(s). A few minutes away from the screen helps; your place is kept.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CalibrationReport</name>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <extracomment>kappa this far below AC1 is worth a word about prevalence</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <comment>no policy area, as a short column header</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · “%3”</source>
            <comment>action, areas, note</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>action, areas</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalibrationReportView</name>
        <message>
            <source>Calibration report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calibration report: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the action is the primary label, the policy area the secondary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 golden, %2</source>
            <comment>golden items, then sampled live decisions</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln sampled live decision(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <comment>items, their mix, the labels</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>items, the labels</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across %Ln reviewer(s): action %1, policy area %2.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across reviewers appears once two or more reviewers have submitted (%Ln so far).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a display name, then a user name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action (primary label)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy area (secondary label)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disagreements (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No disagreements: every answer matches the reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#%1</source>
            <comment>an item's number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>golden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>live decision</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalibrationWindow</name>
        <message>
            <source>My QA results — Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calibration — Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit session (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calibration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disputes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderators' disputes of overturned decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key ignored: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) answered.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) are answered. Submit the session (%1) to see your report.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Item %1 of %2 · %3 answered · blind review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item could not be loaded (see the message above); trying again in a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item already has your answer.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to sync</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused by the service</source>
            <comment>answers</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two sync states</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All answers synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An answer was refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending your answers and submitting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) was(were) refused; see the message above</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The session was not created: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Session created: %Ln item(s) for %1.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Dispute accepted: %1 was told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute rejected: %1 was told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute answered: %1 was told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your dispute was sent to your team lead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My QA results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your QA results and disputes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calibration sessions assigned to you: blind review and agreement report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <source>under a day</source>
            <comment>account age</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>account age</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <comment>account age</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <comment>account age</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>account age: years, then months</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stream title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live or ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viewers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Streamer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stream details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this case is here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Following the stream</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stream header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled stream)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not following</source>
            <comment>the live stream, offline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk cannot reach the case service; it keeps trying by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● LIVE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln viewer(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 follower(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 · %2 · verified · account %3 old · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · account %3 old · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · region %2 · language %3 · started %4 · %5 · case %6 · queue %7</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln chat message(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated — %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Case</source>
            <extracomment>prefetched cases remembered for a re-plan (the controller prepares 2-3 ahead)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case has no snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat is loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case on screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold the mouse button to view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot %1 of %2 · %3 into the stream</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · sensitive (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · not shown: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatActionDialog</name>
        <message>
            <source>Remove the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time the chatter out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ban the chatter from this streamer's chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>24 hours</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Remove %n message(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Time out %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n chatter(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) selected</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Ban %1 from this streamer's chat (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will be recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeout length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy area</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatTableModel</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%nm</source>
            <comment>account age in minutes, compact</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%nh</source>
            <comment>account age in hours, compact</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%nd</source>
            <comment>account age in days, compact</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%ny</source>
            <comment>account age in years, compact</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 · actioned · %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · flagged · %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Chat log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search chat text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter chat by user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show flagged messages only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raid helper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a message first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The raid helper needs the accounts' ages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The raid helper found no raid in this chat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raid helper: %1 from %2 selected. %3 removes, %4 times out, %5 bans.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new account(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s) ↓</source>
            <comment>a chip under the chat; jumps to the end</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a raid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln message(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ConfusionTable</name>
        <message>
            <source>→ %1</source>
            <comment>the answer's label</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>This week</source>
            <extracomment>bar colours: calm, distinguishable for common colour-vision deficiencies (Okabe–Ito)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 28 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <comment>whole seconds on a chart</comment>
            <extracomment>the period a lead sees first: wide enough for last week's review, recent enough to be fast</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard first day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cases per staffed hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mean handle time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>p90 handle time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skip rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overturned by QA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting in queues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Throughput per moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Throughput per vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handle time per moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds · blue: mean · orange: p90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action mix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>final decisions in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA agreement by week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of QA verdicts that upheld the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue depth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cases waiting now · age of the oldest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skips in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overturn rate per moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of QA-reviewed decisions overturned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA by week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>cases waiting · age of the oldest</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staffed hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases / hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean handle (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>p90 handle (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overturned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overturn rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <comment>the totals row</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>a service level target</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export dashboard as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export dashboard tables as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to export yet: refresh first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecisionChainView</name>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo (retract)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalation decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <comment>a case's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leased</source>
            <comment>a case's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decided</source>
            <comment>a case's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>escalated</source>
            <comment>a case's status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <comment>a dispute's state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1 · decision chain</source>
            <extracomment>the case content is on screen (every snapshot drawn or failed)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline of the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handle time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supersedes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Superseded by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions on the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA verdicts and disputes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA and disputes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chain could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue %1 · status %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · streamer @%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · stream “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In force: %1 by %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No decision is in force (the last one was undone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <comment>when a decision was made, by whom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>an action, then its policy areas</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA and disputes (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecisionKeyFilter</name>
        <message>
            <source>decision keys are paused</source>
            <extracomment>what a remap refusal names as the key's owner: the key and its function (a code) what ``DecisionKeyFilter.refused`` says (stable words that a listener may compare; :func:`refusal_text` words them for a person)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too soon after the case appeared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy area: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this case (asks why)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold to see a blurred snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2</source>
            <comment>two keys</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecisionKeys</name>
        <message>
            <source>%1: %2 is kept for undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is kept for the shortcut sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is kept for the previous snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is kept for the next snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is kept for a chat author's history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is kept for leaving a field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no such action in policy %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is not a single key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 picks a policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecodePipeline</name>
        <message>
            <source>the image is not in the local cache</source>
            <extracomment>a prefetch that is never used (cases skipped) must not grow the set without end what a decode is for: the strip, the viewer at rest, the viewer while held (veiled slots only), and the two viewer images again at full resolution for zooming what the decode worker does to the pixels (``ui.case.decoder.EFFECTS``)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Seeding the demo service with cases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoService</name>
        <message>
            <source>Seeding the demo service failed (exit %1).
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo service stopped at start (exit %1).
%2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <source>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</source>
            <extracomment>set by tests and the benchmark: print timing marks to stdout</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The local work store cannot be opened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are signed out.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisputesPage</name>
        <message>
            <source>Open disputes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator's note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer to the moderator (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept: the decision stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject: the overturn stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln open dispute(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No open disputes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Enter the address of the case service, for example https://review.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a web address. It should look like https://review.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client is too old for the case service; version %1 or newer is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service cannot be reached. Your work is kept and will sync later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to the case service failed (certificate or TLS problem).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The service address must use https:// (plain http is allowed only locally).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name or password is not correct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account is disabled. Your work is kept and will sync when it is enabled again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You must choose a new password before you can sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service does not know this item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed this first (for example the lease was lost).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service asks us to slow down; sync will retry shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service had a problem; sync will retry shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service sent an answer this client cannot use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client is too old for the case service. Please update it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service refused the request as invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service answered with an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name or password is not correct. Check both and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the case service. Check the address and this computer's network connection, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account may not use the review desk. Ask your team lead for access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in failed unexpectedly (%1). Please try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExposureStatus</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes seen</comment>
            <extracomment>how often (ms) the exposure minutes, the break reminder and the idle rule are checked</extracomment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&lt;1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uncategorised</source>
            <comment>sensitive content without a policy area</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a category, then its minutes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · </source>
            <comment>between categories</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive content seen this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive seen: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive seen: %1 …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive seen: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Minutes of sensitive content on screen un-blurred this session (about %Ln min in all):
%1</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Following</name>
        <message>
            <source>The stream has already ended, so it cannot be ended. Nothing was recorded: choose another action.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This action no longer applies to this case.</source>
            <translation type="unfinished" />
        </message>
    </context>
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
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes, short</comment>
            <translation type="unfinished">
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
            </translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds with a decimal</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoldenPage</name>
        <message>
            <source>Golden items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case id of a decided case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire selected</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n golden item(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Type the id of a decided case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a golden item now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was retired.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidelinesView</name>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a target kind, then its name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish an urgent guideline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guideline title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line moderators read first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guideline text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changes, from when, and what to do instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who must read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor that must read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vendor name, e.g. northdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue whose moderators must read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderators must acknowledge it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published guidelines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who has acknowledged the guideline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the guideline a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what the guideline says.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the vendor that must read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the queue that must read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publishing…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Published to %Ln person(s): it shows in their banner with the next policy refresh.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>acknowledged of targeted</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>info</source>
            <comment>a guideline that needs no acknowledgement</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, %5 not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, everyone has read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet</source>
            <comment>not acknowledged yet</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Decided</source>
            <extracomment>rows per request: one screenful several times over, small enough to arrive quickly</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Streamer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handle time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dispute open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dispute accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dispute rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>superseded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chat action on %1</source>
            <comment>a chat action's target: a message or chatter id</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>escalation → %1 by %2</source>
            <comment>the decision on the escalated case, who took it</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a QA verdict, then the dispute's state</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Any</source>
            <comment>a yes/no filter</comment>
            <extracomment>columns whose cells may be cut: the tool tip shows them whole (as plain text) a note is cut in the cell; the whole note is in the tool tip and the chain view</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <comment>a yes/no filter</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <comment>a yes/no filter</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision history</source>
            <extracomment>an overturned verdict stands out in the QA column</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided between</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by decision date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History first day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overturned by QA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overturned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <comment>decided between one date and another</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look up a case id or a streamer handle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case id, or @handle of a streamer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every decision of the current filter, as a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That filter is not valid: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No decision matches this filter.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) shown, latest received first; scroll down for more.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s), latest received first: all of this filter.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The history could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %Ln decision(s) to %1.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Workstation locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImageDecoder</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>the file is too large (%Ln MB)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>not a JPEG, PNG or WebP image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an image this client can read (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the image does not declare its size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the image is too large (%1×%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the image could not be decoded (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decoding failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyButton</name>
        <message>
            <source>Key for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Space or click, then press the new key (Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press a key…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyRefusal</name>
        <message>
            <source>%1 has no key of its own (undo records it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: “%2” is not a single key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is kept for %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 picks the policy area %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an action of policy %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <source>holding to reveal a blurred snapshot</source>
            <extracomment>keys the review screen uses for something else, and what (marked: the client shows them in the person's language with ``translate("Keymap", value)``)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipping a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the shortcut sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>searching the chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the previous snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the next snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moving in lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a chat author's history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leaving a field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moving the focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pressing the focused button</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadChart</name>
        <message>
            <source>%1 %</source>
            <comment>a whole percentage</comment>
            <extracomment>how a value label reads (locale digits, translated units): the page decides</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a category and its value</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadWindow</name>
        <message>
            <source>Team audit · %1 · Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the charts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit chains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guidelines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History, audit chains, urgent guidelines and the team dashboard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveLine</name>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds left, short</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>due in %1</source>
            <comment>the case's SLA deadline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue by %1</source>
            <comment>past the SLA deadline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LIVE</source>
            <comment>the stream is live now</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended</source>
            <comment>the stream has ended</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 viewer(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 report(s) in 5 min</source>
            <comment>velocity, a compact count</comment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>reopened after “no violation”</source>
            <comment>new reports came in</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · </source>
            <comment>between the pieces of the line</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only (no system keyring)</source>
            <extracomment>how often the taxonomy (and its announcements) is fetched again how long sign-out lets the sync thread finish its last upload and releases; past it the thread is given up, the crash marker stays and the decisions wait on this machine note the moderator's activity for lease renewal at most this often the service's /v1/info answer (its version, the newest desk it advertises)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the list of queues (pauses review)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause (%1): stop the handle-time clock and give back undecided cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release unfinished cases, remove cached case content and forget the sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The version of this desk, the case service and whom to ask for help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a person's name and role</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resumed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Paused. %n undecided case(s) went back to the queue; the handle-time clock is stopped.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) came back with a problem: see Sync problems.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Your session ended. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n held decision(s) written to %1</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case service did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still signing out. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing out: removing cached case content…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing out: ending your session with the service…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New calibration session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week 48 golden set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>qa1, lead1</source>
            <comment>example user names</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewers (user names)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Golden items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampled live decisions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PolicyPanel</name>
        <message>
            <source>Policy shortcut panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <extracomment>each action's row (key chip, button, requirement hint), to hide per queue</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note for the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalation reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key for %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (key %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  %2</source>
            <comment>a key, then a policy area</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy area (keys %1–%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No escalation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>policy + note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs a policy area and a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs a policy area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready: press Enter in the note or press %1 again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready: press %1 again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PriorSection</name>
        <message>
            <source>Prior enforcement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3 — %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>+%Ln earlier</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>None on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prior enforcement (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Held on this desk: the service kept refusing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict: someone else decided this case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: decision id reused (client problem, please report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected by the service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync problems · Live Review Desk</source>
            <extracomment>the ids of the held decisions to put back in the outbox the file to write the held decisions to, for support</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems: every decision was accepted.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Send %n held decision(s) again</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export held decisions for support…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes the held decisions and the service's answers to a file for your team lead or support; the decisions stay on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export held decisions</source>
            <extracomment>asks where to write the export ('' when the person cancels); a test replaces it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending again…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QaResult</name>
        <message>
            <source>upheld</source>
            <extracomment>a failed item fetch (offline) is tried again after this long</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overturned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open, waiting for a lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>an action, then its policy areas</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QaResultsPage</name>
        <message>
            <source>My QA results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA reviewers re-review a sample of decided cases blind. An overturned decision can be disputed with a note; your team lead decides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the decision was right (a lead reads this)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute this overturn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 → %2 after dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2 overturned.</source>
            <comment>QA results, how many of them overturned</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln QA result(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No QA results yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>Hello, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start reviewing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No queue is open to you right now. Ask your team lead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueuesPage</name>
        <message>
            <source>Queues</source>
            <extracomment>the weights' fields in the form's order (contract.QueueWeightsSet)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLA (min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLA in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of the audience tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of a report in the last 5 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadline near, in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams that may pull</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendors that may pull</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty: everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. ban_account, age_restrict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue &amp;id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;SLA (minutes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight: &amp;live:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight: &amp;audience tier:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight: &amp;reports (5 min):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight: se&amp;verity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deadline near (seconds):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Teams:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V&amp;endors:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hidden actions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>escalation</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Check the fields: a lower-case queue id, a name, and lower-case team, vendor and action codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The queue was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ×%2 · %3–%4 · at %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ×%2 · %3–%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between the reasons of a list</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>+%Ln more: %1</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No user reports (proactive detection)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevealLevels</name>
        <message>
            <source>Blurred (hold shows grey)</source>
            <extracomment>most protective first; the index is the strictness order marked for translation: the client shows them with translate_marked("RevealLevels", …)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blurred, hold to reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grayscale, hold for colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Paused. Your undecided cases went back to the queue.</source>
            <extracomment>queue id -&gt; actions an admin hid there (GET /v1/queues): left off the panel</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting the next cases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a queue to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chat log could not be read from the cache.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cases are waiting in this queue right now; checking again shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case on screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read and acknowledge the urgent guideline update above before deciding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 recorded · %2 undoes it for %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 recorded · %3 undoes it for %4</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n chat action(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing to undo: a decision can be undone for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %1 was retracted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case on screen to skip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped (%1). The case went back to the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guideline update acknowledged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged. One more update to read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review is paused. Press Resume to continue.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Last sync: not yet</source>
            <extracomment>show the lease countdown as a warning below this many seconds</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last sync: %Ln s ago</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <extracomment>the sync engine failed and restarts at this time (cleared by the next report) the sync thread gave up: this text stays until the window goes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cases leased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disk space</source>
            <extracomment>shown only while the data folder's disk is almost full</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newer version</source>
            <extracomment>a newer desk is advertised: a calm note, not a warning (shown only then)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>⚠ %Ln sync problem(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting to sync</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Disk full: cases cannot be saved</source>
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
            <source>Sync stopped: restarting in %Ln s</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Client too old: update needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out by the service</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>● Online: %Ln decision(s) being retried alone</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>● Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Offline: work is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · clock off by %2</source>
            <comment>the last sync, then the clock skew</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lease ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lease %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Online: uploads failing, retrying</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SamplingPage</name>
        <message>
            <source>QA sampling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The share of each queue's decisions that enters the QA pool. Escalated decisions always enter it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampling rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampling rate in percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The rate was set.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionListPage</name>
        <message>
            <source>Calibration sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items are shown blind: decide each as you would a live case. Answers are kept on this computer first and sent as soon as the service is reachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>report (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No calibration session is assigned to you right now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings · Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the service's keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive media (staged reveal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reveal level for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team default: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reveal level for sensitive media without an area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks, lock and look</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break reminder after minutes of sensitive media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <comment>a spin box's unit, after the number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after minutes without activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Break reminder after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock when &amp;idle for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new language applies from your next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed. %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings were not saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>(needs a policy area and a note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(needs a policy area)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(needs a note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions (one key records the decision and shows the next case):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy areas (pick before the action):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat (click or Tab into it; Shift selects several):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys do nothing while you type in a text field; Esc leaves the field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts · Live Review Desk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last decision (within the undo window)</source>
            <extracomment>a key in portable text ("Ctrl+Return"), or a platform's standard key (Find) ``install`` context of a key that acts only while its widget has the focus</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the case (asks for a reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold to see a blurred snapshot clearly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings: keys, sensitive media, breaks, lock, theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the chat</source>
            <extracomment>the chat pane</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat: remove the messages</source>
            <extracomment>actions on the chat (while the chat table has the focus), and the raid helper</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat: time their authors out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat: ban their authors from this streamer's chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat: select a raid (new accounts, same text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the chat: jump to the newest messages (live stream)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit the calibration session</source>
            <extracomment>Return, and Enter on the keypad</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in · Live Review Desk</source>
            <extracomment>the service's own minimum (contract.NewPassword), checked here so the person is told at once</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo: a case service with seeded cases runs on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to review Live cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://review.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case service address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat the new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by your IT department for this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SigningOutPage</name>
        <message>
            <source>Signing out: releasing cases…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Signing out: sending %n decision(s), releasing cases…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>The case service did not answer in time: %n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkipReasonDialog</name>
        <message>
            <source>Skip this case</source>
            <extracomment>cases whose detail and chat are made ready ahead of the one on screen</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why are you skipping this case? It goes back to the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press a number, or pick a reason and press Enter. Esc cancels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip case</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotStrip</name>
        <message>
            <source>Snapshot strip</source>
            <extracomment>thumbnails kept scaled to their cells: the case on screen and a few prepared ahead</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SnapshotViewer</name>
        <message>
            <source>%1 %2</source>
            <comment>a classifier label and its score</comment>
            <extracomment>blur_gray (the wellbeing level "blurred"): blurred at rest, grey (never colour) while held</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot not shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot at %1, not flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown blurred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in grey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in colour</source>
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
            </translation>
        </message>
    </context>
    <context>
        <name>TaxonomyPage</name>
        <message>
            <source>Policy taxonomy</source>
            <extracomment>the editable columns of the actions table (code is column 0, read-only) the editable columns of the areas table</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft a new version from the current one, edit it, check the differences and publish it. Desks take a published version at their next policy refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged terms, one a line:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differences from the current version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show di&amp;fferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Publish…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish the taxonomy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taxonomy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current version: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft %1 (the current version is %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published version %1 (current: %2); make a draft to change it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No differences from version %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes from version %1 to %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2: added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2: removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2: %3 changed from “%4” to “%5”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish version %1? It never changes after this; desks switch to it at their next policy refresh.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Stream timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2, %3 over %4</source>
            <comment>snapshots, reports, flagged messages, duration</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln report(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln flagged message(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>TooOldPage</name>
        <message>
            <source>Installed version: %1. The case service needs %2 or newer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed version: %1. The case service needs a newer one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every decision you made has reached the service.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n decision(s) not sent yet are kept on this computer; the newer version sends them when you sign in with it.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This version is too old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version of Live Review Desk is too old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask your IT department to install the newer version. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Display name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. en, es</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temporary password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review &amp;languages:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tem&amp;porary password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>disabled</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Enable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in every field: lower-case user name, team and vendor, two-letter language codes and a temporary password of at least 10 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the fields: lower-case team and vendor, two-letter language codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account was disabled: its sessions have ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account was enabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a temporary password of at least 10 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password was reset: the account must choose a new one at its next sign-in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeeklyReport</name>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staffed hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases per staffed hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handle time, mean (ms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handle time, 90th percentile (ms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLA attainment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA reviewed decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overturn rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalations by reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overturns by policy area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overturn examples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The week before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QA reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>everyone in scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly report %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week counted from %1 to %2 in the time zone %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action mix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator's note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly report %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Wellbeing</name>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings (Ctrl+,): decision keys, sensitive media, breaks, idle lock, theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings saved. Reveal levels apply to this case now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your key for “%1” was removed: that action is gone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy %1: some of your keys changed. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; </source>
            <comment>between reasons</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so the case was hidden and your undecided cases went back to the queue. Enter your password to continue.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so this workstation was locked. Enter your password to continue.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>That sign-in is for another account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome back. Review is paused: press Ctrl+P to resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are signed out (the workstation was locked).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_StatsBlock</name>
        <message>
            <source>Accuracy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gwet's AC1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: confusion matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows: the reference. Columns (→): the answer. The diagonal is agreement.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %Ln item(s) agree with the reference.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Accuracy %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohen's kappa %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gwet's AC1 %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is undefined here: the answers all fell into one category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is low because one label dominates (the prevalence paradox): read AC1 beside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 agree with the reference.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
