<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>A newer version (%1) is available; ask IT.</source>
            <translation>A newer version (%1) is available; ask IT.</translation>
        </message>
        <message>
            <source>IT contact: not set by your IT department</source>
            <translation>IT contact: not set by your IT department</translation>
        </message>
        <message>
            <source>IT contact: %1</source>
            <translation>IT contact: %1</translation>
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation>About Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Case service: %1</source>
            <translation>Case service: %1</translation>
        </message>
        <message>
            <source>Case service: not signed in</source>
            <translation>Case service: not signed in</translation>
        </message>
        <message>
            <source>Service version: %1</source>
            <translation>Service version: %1</translation>
        </message>
        <message>
            <source>Service version: not known</source>
            <translation>Service version: not known</translation>
        </message>
        <message>
            <source>IT gets it from: %1</source>
            <translation>IT gets it from: %1</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>Asks the service for the admin log again</source>
            <translation>Asks the service for the admin log again</translation>
        </message>
        <message>
            <source>Terms the chat highlights, one per line</source>
            <translation>Terms the chat highlights, one per line</translation>
        </message>
        <message>
            <source>What the draft changes from the published version</source>
            <translation>What the draft changes from the published version</translation>
        </message>
        <message>
            <source>Starts a draft from the published taxonomy</source>
            <translation>Starts a draft from the published taxonomy</translation>
        </message>
        <message>
            <source>Saves the draft without publishing it</source>
            <translation>Saves the draft without publishing it</translation>
        </message>
        <message>
            <source>Shows what the draft changes</source>
            <translation>Shows what the draft changes</translation>
        </message>
        <message>
            <source>Publishes the draft to every desk</source>
            <translation>Publishes the draft to every desk</translation>
        </message>
        <message>
            <source>Asks the service for the users again</source>
            <translation>Asks the service for the users again</translation>
        </message>
        <message>
            <source>The name a person signs in with</source>
            <translation>The name a person signs in with</translation>
        </message>
        <message>
            <source>The name others see</source>
            <translation>The name others see</translation>
        </message>
        <message>
            <source>The team whose lead sees this person's work</source>
            <translation>The team whose lead sees this person's work</translation>
        </message>
        <message>
            <source>The vendor site this person works for</source>
            <translation>The vendor site this person works for</translation>
        </message>
        <message>
            <source>A password the person must change at the first sign-in</source>
            <translation>A password the person must change at the first sign-in</translation>
        </message>
        <message>
            <source>Creates the user from the fields above</source>
            <translation>Creates the user from the fields above</translation>
        </message>
        <message>
            <source>Saves the chosen user's changes</source>
            <translation>Saves the chosen user's changes</translation>
        </message>
        <message>
            <source>Disables or enables the chosen user's sign-in</source>
            <translation>Disables or enables the chosen user's sign-in</translation>
        </message>
        <message>
            <source>Sets a temporary password for the chosen user</source>
            <translation>Sets a temporary password for the chosen user</translation>
        </message>
        <message>
            <source>Opens the chosen session to answer its items</source>
            <translation>Opens the chosen session to answer its items</translation>
        </message>
        <message>
            <source>Asks the service for this list again</source>
            <translation>Asks the service for this list again</translation>
        </message>
        <message>
            <source>How many golden cases with a known answer the session holds</source>
            <translation>How many golden cases with a known answer the session holds</translation>
        </message>
        <message>
            <source>How many sampled live decisions the session holds</source>
            <translation>How many sampled live decisions the session holds</translation>
        </message>
        <message>
            <source>The policy area the chat action cites</source>
            <translation>The policy area the chat action cites</translation>
        </message>
        <message>
            <source>Hides every message without a flagged term</source>
            <translation>Hides every message without a flagged term</translation>
        </message>
        <message>
            <source>The stream chat, oldest first; Shift or Ctrl with arrows selects several</source>
            <translation>The stream chat, oldest first; Shift or Ctrl with arrows selects several</translation>
        </message>
        <message>
            <source>The policy area the next decision cites; digits choose it</source>
            <translation>The policy area the next decision cites; digits choose it</translation>
        </message>
        <message>
            <source>Why the case goes to a lead when you escalate it</source>
            <translation>Why the case goes to a lead when you escalate it</translation>
        </message>
        <message>
            <source>Accepts and closes</source>
            <translation>Accepts and closes</translation>
        </message>
        <message>
            <source>Saves and closes</source>
            <translation>Saves and closes</translation>
        </message>
        <message>
            <source>Closes without changing anything</source>
            <translation>Closes without changing anything</translation>
        </message>
        <message>
            <source>Closes this window</source>
            <translation>Closes this window</translation>
        </message>
        <message>
            <source>Answers yes</source>
            <translation>Answers yes</translation>
        </message>
        <message>
            <source>Answers no</source>
            <translation>Answers no</translation>
        </message>
        <message>
            <source>Applies the changes</source>
            <translation>Applies the changes</translation>
        </message>
        <message>
            <source>Why you skip this case; the lead sees it</source>
            <translation>Why you skip this case; the lead sees it</translation>
        </message>
        <message>
            <source>Verifies the chosen moderator's audit chain against the service</source>
            <translation>Verifies the chosen moderator's audit chain against the service</translation>
        </message>
        <message>
            <source>What the chain check found, link by link</source>
            <translation>What the chain check found, link by link</translation>
        </message>
        <message>
            <source>The guideline as moderators will read it</source>
            <translation>The guideline as moderators will read it</translation>
        </message>
        <message>
            <source>Moderators must acknowledge it before their next case</source>
            <translation>Moderators must acknowledge it before their next case</translation>
        </message>
        <message>
            <source>Publishes the guideline to the chosen moderators at once</source>
            <translation>Publishes the guideline to the chosen moderators at once</translation>
        </message>
        <message>
            <source>Asks the service for the guidelines again</source>
            <translation>Asks the service for the guidelines again</translation>
        </message>
        <message>
            <source>Limits the history to the days chosen beside it</source>
            <translation>Limits the history to the days chosen beside it</translation>
        </message>
        <message>
            <source>A day as year-month-day; Alt+Down opens a calendar</source>
            <translation>A day as year-month-day; Alt+Down opens a calendar</translation>
        </message>
        <message>
            <source>Shows the decisions that match the filters</source>
            <translation>Shows the decisions that match the filters</translation>
        </message>
        <message>
            <source>Removes every filter</source>
            <translation>Removes every filter</translation>
        </message>
        <message>
            <source>Finds the case id or streamer handle typed beside it</source>
            <translation>Finds the case id or streamer handle typed beside it</translation>
        </message>
        <message>
            <source>Decisions, newest first; Enter opens the case's decision chain</source>
            <translation>Decisions, newest first; Enter opens the case's decision chain</translation>
        </message>
        <message>
            <source>Puts every decision key back to the service's choice</source>
            <translation>Puts every decision key back to the service's choice</translation>
        </message>
        <message>
            <source>How this area's media shows at first</source>
            <translation>How this area's media shows at first</translation>
        </message>
        <message>
            <source>How media without a policy area shows at first</source>
            <translation>How media without a policy area shows at first</translation>
        </message>
        <message>
            <source>Minutes of sensitive media before the desk suggests a break; 0 never</source>
            <translation>Minutes of sensitive media before the desk suggests a break; 0 never</translation>
        </message>
        <message>
            <source>Minutes without a key or a click before the desk locks</source>
            <translation>Minutes without a key or a click before the desk locks</translation>
        </message>
        <message>
            <source>Colours of every window; high contrast for low vision</source>
            <translation>Colours of every window; high contrast for low vision</translation>
        </message>
        <message>
            <source>The language of the desk from the next sign-in</source>
            <translation>The language of the desk from the next sign-in</translation>
        </message>
        <message>
            <source>The queues you may review: depth and time to the deadline; Enter starts reviewing</source>
            <translation>The queues you may review: depth and time to the deadline; Enter starts reviewing</translation>
        </message>
        <message>
            <source>Leases cases from the chosen queue and opens the first one</source>
            <translation>Leases cases from the chosen queue and opens the first one</translation>
        </message>
        <message>
            <source>Asks the service for the queues again</source>
            <translation>Asks the service for the queues again</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Every key of the desk, one per line</source>
            <translation>Every key of the desk, one per line</translation>
        </message>
        <message>
            <source>Your password for the case service; never stored</source>
            <extracomment>the service's own minimum (contract.NewPassword), checked here so the person is told at once</extracomment>
            <translation>Your password for the case service; never stored</translation>
        </message>
        <message>
            <source>The language of this window and of the desk</source>
            <translation>The language of this window and of the desk</translation>
        </message>
        <message>
            <source>Signs in to the case service</source>
            <translation>Signs in to the case service</translation>
        </message>
        <message>
            <source>Closes the desk without signing in</source>
            <translation>Closes the desk without signing in</translation>
        </message>
        <message>
            <source>The version, the licences and where to get help</source>
            <translation>The version, the licences and where to get help</translation>
        </message>
        <message>
            <source>Opens the list of decisions the service refused or held</source>
            <translation>Opens the list of decisions the service refused or held</translation>
        </message>
        <message>
            <source>Signs out of the desk</source>
            <translation>Signs out of the desk</translation>
        </message>
        <message>
            <source>Pauses review for a break</source>
            <translation>Pauses review for a break</translation>
        </message>
        <message>
            <source>Hides this reminder and goes on reviewing</source>
            <translation>Hides this reminder and goes on reviewing</translation>
        </message>
        <message>
            <source>An admin reset your password: choose a new one</source>
            <translation>An admin reset your password: choose a new one</translation>
        </message>
        <message>
            <source>The new password once more, to catch typos</source>
            <translation>The new password once more, to catch typos</translation>
        </message>
        <message>
            <source>Unlocks the desk with your password</source>
            <translation>Unlocks the desk with your password</translation>
        </message>
        <message>
            <source>Signs out of the desk instead of unlocking it</source>
            <translation>Signs out of the desk instead of unlocking it</translation>
        </message>
        <message>
            <source>Reads the golden items again from the service</source>
            <translation>Reads the golden items again from the service</translation>
        </message>
        <message>
            <source>Its current decision becomes the reference answer</source>
            <translation>Its current decision becomes the reference answer</translation>
        </message>
        <message>
            <source>Makes the typed case a golden item</source>
            <translation>Makes the typed case a golden item</translation>
        </message>
        <message>
            <source>Calibration sessions stop drawing the selected item</source>
            <translation>Calibration sessions stop drawing the selected item</translation>
        </message>
        <message>
            <source>Reads the queues again from the service</source>
            <translation>Reads the queues again from the service</translation>
        </message>
        <message>
            <source>The lower-case code of a new queue</source>
            <translation>The lower-case code of a new queue</translation>
        </message>
        <message>
            <source>The queue's name as moderators see it</source>
            <translation>The queue's name as moderators see it</translation>
        </message>
        <message>
            <source>How long a case may wait in this queue</source>
            <translation>How long a case may wait in this queue</translation>
        </message>
        <message>
            <source>Priority added while the stream is live</source>
            <translation>Priority added while the stream is live</translation>
        </message>
        <message>
            <source>Priority added per audience tier</source>
            <translation>Priority added per audience tier</translation>
        </message>
        <message>
            <source>Priority added per recent report</source>
            <translation>Priority added per recent report</translation>
        </message>
        <message>
            <source>Priority added per severity step</source>
            <translation>Priority added per severity step</translation>
        </message>
        <message>
            <source>How close a deadline must be to raise the priority</source>
            <translation>How close a deadline must be to raise the priority</translation>
        </message>
        <message>
            <source>Check the teams that may pull; none checked for everyone</source>
            <translation>Check the teams that may pull; none checked for everyone</translation>
        </message>
        <message>
            <source>Check the vendors that may pull; none checked for everyone</source>
            <translation>Check the vendors that may pull; none checked for everyone</translation>
        </message>
        <message>
            <source>Check the actions this queue does not offer</source>
            <translation>Check the actions this queue does not offer</translation>
        </message>
        <message>
            <source>Opens a new Live queue with the fields above</source>
            <translation>Opens a new Live queue with the fields above</translation>
        </message>
        <message>
            <source>Saves the fields above to the selected queue</source>
            <translation>Saves the fields above to the selected queue</translation>
        </message>
        <message>
            <source>Reads the sampling rates again from the service</source>
            <translation>Reads the sampling rates again from the service</translation>
        </message>
        <message>
            <source>The share of the selected queue's decisions sampled</source>
            <translation>The share of the selected queue's decisions sampled</translation>
        </message>
        <message>
            <source>Applies the rate to decisions from now on</source>
            <translation>Applies the rate to decisions from now on</translation>
        </message>
        <message>
            <source>Reads your escalations again from the service</source>
            <translation>Reads your escalations again from the service</translation>
        </message>
        <message>
            <source>Reads the SLA breaches again from the service</source>
            <translation>Reads the SLA breaches again from the service</translation>
        </message>
        <message>
            <source>How many days an approved label lasts</source>
            <translation>How many days an approved label lasts</translation>
        </message>
        <message>
            <source>Sent with your approval or refusal</source>
            <translation>Sent with your approval or refusal</translation>
        </message>
        <message>
            <source>Approves the selected label request</source>
            <translation>Approves the selected label request</translation>
        </message>
        <message>
            <source>Declines the selected label request</source>
            <translation>Declines the selected label request</translation>
        </message>
        <message>
            <source>Reads the label requests again from the service</source>
            <translation>Reads the label requests again from the service</translation>
        </message>
        <message>
            <source>The vendor the report covers</source>
            <translation>The vendor the report covers</translation>
        </message>
        <message>
            <source>The team the report covers; empty for all</source>
            <translation>The team the report covers; empty for all</translation>
        </message>
        <message>
            <source>The week the report covers, as year and week</source>
            <translation>The week the report covers, as year and week</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF file</translation>
        </message>
        <message>
            <source>Where the PDF goes; a CSV is written beside it</source>
            <translation>Where the PDF goes; a CSV is written beside it</translation>
        </message>
        <message>
            <source>Picks the PDF file in a file dialog</source>
            <translation>Picks the PDF file in a file dialog</translation>
        </message>
        <message>
            <source>Writes the PDF and the CSV with the week's figures</source>
            <translation>Writes the PDF and the CSV with the week's figures</translation>
        </message>
    </context>
    <context>
        <name>AccountLabels</name>
        <message>
            <source>Creator partner</source>
            <translation>Creator partner</translation>
        </message>
        <message>
            <source>Repeat offender</source>
            <translation>Repeat offender</translation>
        </message>
        <message>
            <source>High profile</source>
            <translation>High profile</translation>
        </message>
        <message>
            <source>Under investigation</source>
            <translation>Under investigation</translation>
        </message>
        <message>
            <source>Account labels</source>
            <translation>Account labels</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>Until %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>No violation</source>
            <extracomment>what was done before (prior enforcement's action codes)</extracomment>
            <translation>No violation</translation>
        </message>
        <message>
            <source>Warn streamer</source>
            <translation>Warn streamer</translation>
        </message>
        <message>
            <source>Mute chat</source>
            <translation>Mute chat</translation>
        </message>
        <message>
            <source>End stream</source>
            <translation>End stream</translation>
        </message>
        <message>
            <source>Suspend account</source>
            <translation>Suspend account</translation>
        </message>
        <message>
            <source>Ban account</source>
            <translation>Ban account</translation>
        </message>
        <message>
            <source>Age-restrict</source>
            <translation>Age-restrict</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Escalate</translation>
        </message>
    </context>
    <context>
        <name>AdminLogPage</name>
        <message>
            <source>Admin log</source>
            <translation>Admin log</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Admin log entries</source>
            <translation>Admin log entries</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Refresh the admin log</source>
            <translation>Refresh the admin log</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies), newest first</source>
            <translation>
                <numerusform>%n entry, newest first</numerusform>
                <numerusform>%n entries, newest first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AdminWindow</name>
        <message>
            <source>Admin · %1 · Live Review Desk</source>
            <translation>Admin · %1 · Live Review Desk</translation>
        </message>
        <message>
            <source>Admin pages</source>
            <translation>Admin pages</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Users, queues, golden items, QA sampling and the admin log</source>
            <translation>Users, queues, golden items, QA sampling and the admin log</translation>
        </message>
    </context>
    <context>
        <name>AnnouncementBanner</name>
        <message>
            <source>Urgent guideline update</source>
            <translation>Urgent guideline update</translation>
        </message>
        <message>
            <source>URGENT GUIDELINE UPDATE</source>
            <translation>URGENT GUIDELINE UPDATE</translation>
        </message>
        <message>
            <source>I have read this</source>
            <translation>I have read this</translation>
        </message>
        <message>
            <source>Acknowledge the guideline update</source>
            <translation>Acknowledge the guideline update</translation>
        </message>
        <message numerus="yes">
            <source>Policy %1 · acknowledge before your next decision · %n more after this one</source>
            <translation>
                <numerusform>Policy %1 · acknowledge before your next decision · %n more after this one</numerusform>
                <numerusform>Policy %1 · acknowledge before your next decision · %n more after this one</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy %1 · acknowledge before your next decision</source>
            <translation>Policy %1 · acknowledge before your next decision</translation>
        </message>
    </context>
    <context>
        <name>AuditChainView</name>
        <message>
            <source>seq %1</source>
            <translation>seq %1</translation>
        </message>
        <message>
            <source>seq %1–%2</source>
            <translation>seq %1–%2</translation>
        </message>
        <message>
            <source>GAP</source>
            <comment>an audit-chain finding</comment>
            <translation>GAP</translation>
        </message>
        <message>
            <source>EDITED</source>
            <comment>an audit-chain finding</comment>
            <translation>EDITED</translation>
        </message>
        <message>
            <source>MISSING TAIL</source>
            <comment>an audit-chain finding</comment>
            <translation>MISSING TAIL</translation>
        </message>
        <message>
            <source>WENT BACKWARDS</source>
            <comment>an audit-chain finding</comment>
            <translation>WENT BACKWARDS</translation>
        </message>
        <message>
            <source>CLAIM DOES NOT MATCH</source>
            <comment>an audit-chain finding</comment>
            <translation>CLAIM DOES NOT MATCH</translation>
        </message>
        <message>
            <source>HELD ON THE DESK</source>
            <comment>an audit-chain finding</comment>
            <translation>HELD ON THE DESK</translation>
        </message>
        <message>
            <source>RECOVERY</source>
            <comment>an audit-chain finding</comment>
            <translation>RECOVERY</translation>
        </message>
        <message>
            <source>sequence numbers the client used but the service has no decision for</source>
            <translation>sequence numbers the client used but the service has no decision for</translation>
        </message>
        <message>
            <source>a stored decision no longer matches the hash the client chained</source>
            <translation>a stored decision no longer matches the hash the client chained</translation>
        </message>
        <message>
            <source>the client said it had decided more than the service received</source>
            <translation>the client said it had decided more than the service received</translation>
        </message>
        <message>
            <source>a later upload claimed a lower chain position than an earlier one</source>
            <translation>a later upload claimed a lower chain position than an earlier one</translation>
        </message>
        <message>
            <source>the head given for this check is not the one on record</source>
            <translation>the head given for this check is not the one on record</translation>
        </message>
        <message>
            <source>decisions the desk keeps because the service kept refusing them (not lost)</source>
            <translation>decisions the desk keeps because the service kept refusing them (not lost)</translation>
        </message>
        <message>
            <source>the desk rebuilt a damaged store and linked the new chain to the old head</source>
            <translation>the desk rebuilt a damaged store and linked the new chain to the old head</translation>
        </message>
        <message numerus="yes">
            <source>OK: %1's audit chain is intact up to seq %2 (head %3). %Ln decision(s) held on the desk, not yet sent.</source>
            <translation>
                <numerusform>OK: %1's audit chain is intact up to seq %2 (head %3). %Ln decision held on the desk, not yet sent.</numerusform>
                <numerusform>OK: %1's audit chain is intact up to seq %2 (head %3). %Ln decisions held on the desk, not yet sent.</numerusform>
            </translation>
        </message>
        <message>
            <source>OK: %1's audit chain is intact up to seq %2 (head %3).</source>
            <translation>OK: %1's audit chain is intact up to seq %2 (head %3).</translation>
        </message>
        <message numerus="yes">
            <source>PROBLEM: %Ln finding(s) in %1's audit chain. Decisions may have been lost or changed after they were made.</source>
            <translation>
                <numerusform>PROBLEM: %Ln finding in %1's audit chain. Decisions may have been lost or changed after they were made.</numerusform>
                <numerusform>PROBLEM: %Ln findings in %1's audit chain. Decisions may have been lost or changed after they were made.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked %1. Stored head: seq %2, hash %3.</source>
            <translation>Checked %1. Stored head: seq %2, hash %3.</translation>
        </message>
        <message>
            <source>No decision from this moderator has reached the service yet.</source>
            <translation>No decision from this moderator has reached the service yet.</translation>
        </message>
        <message>
            <source>no stored seq</source>
            <translation>no stored seq</translation>
        </message>
        <message>
            <source>Device %1: %2 (%3); the client last claimed seq %4, head %5; %6; %7.</source>
            <comment>device, decisions stored, their seqs, claimed seq and head, links, uploads</comment>
            <translation>Device %1: %2 (%3); the client last claimed seq %4, head %5; %6; %7.</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <comment>a device without a name</comment>
            <translation>(unnamed)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) stored</source>
            <translation>
                <numerusform>%Ln decision stored</numerusform>
                <numerusform>%Ln decisions stored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln link(s) recomputed</source>
            <translation>
                <numerusform>%Ln link recomputed</numerusform>
                <numerusform>%Ln links recomputed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln upload(s)</source>
            <translation>
                <numerusform>%Ln upload</numerusform>
                <numerusform>%Ln uploads</numerusform>
            </translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Findings:</translation>
        </message>
        <message>
            <source>%1  %2 on device %3: %4</source>
            <comment>finding, seqs, device, meaning</comment>
            <translation>%1  %2 on device %3: %4</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>finding, seqs, meaning</comment>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <comment>a finding, then its detail</comment>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between decision ids</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>decisions: %1</source>
            <translation>decisions: %1</translation>
        </message>
        <message>
            <source>Findings: none. Every stored link matches the chain the client sent.</source>
            <translation>Findings: none. Every stored link matches the chain the client sent.</translation>
        </message>
        <message>
            <source>Sequence numbers without a decision: %1; explained by guideline acknowledgements on record: %2; unexplained: %3.</source>
            <translation>Sequence numbers without a decision: %1; explained by guideline acknowledgements on record: %2; unexplained: %3.</translation>
        </message>
        <message>
            <source>Audit chain check</source>
            <translation>Audit chain check</translation>
        </message>
        <message>
            <source>Compares the chain heads a moderator's client sent with the decisions the service stored: a gap, an edited decision or a missing tail shows here.</source>
            <translation>Compares the chain heads a moderator's client sent with the decisions the service stored: a gap, an edited decision or a missing tail shows here.</translation>
        </message>
        <message>
            <source>Moderator to check</source>
            <translation>Moderator to check</translation>
        </message>
        <message>
            <source>username</source>
            <translation>username</translation>
        </message>
        <message>
            <source>Check chain</source>
            <translation>Check chain</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Audit chain findings</source>
            <translation>Audit chain findings</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Pick or type a moderator's username first.</source>
            <translation>Pick or type a moderator's username first.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Checking %1…</translation>
        </message>
        <message>
            <source>The check could not run: %1</source>
            <translation>The check could not run: %1</translation>
        </message>
    </context>
    <context>
        <name>BreachesView</name>
        <message>
            <source>SLA breaches</source>
            <extracomment>how often the page reads the breaches again while it is shown (ms)</extracomment>
            <translation>SLA breaches</translation>
        </message>
        <message>
            <source>Cases that went past their deadline in the last 24 hours, still waiting or decided late. The list reads itself again every 30 seconds.</source>
            <translation>Cases that went past their deadline in the last 24 hours, still waiting or decided late. The list reads itself again every 30 seconds.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>Over by</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message numerus="yes">
            <source>%Ln breach(es) in the last 24 hours, as of %1</source>
            <translation>
                <numerusform>%Ln breach in the last 24 hours, as of %1</numerusform>
                <numerusform>%Ln breaches in the last 24 hours, as of %1</numerusform>
            </translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
    </context>
    <context>
        <name>BreakReminder</name>
        <message>
            <source>Break reminder</source>
            <translation>Break reminder</translation>
        </message>
        <message>
            <source>Take a break (pause)</source>
            <translation>Take a break (pause)</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message numerus="yes">
            <source>You have looked at sensitive content for about %Ln minute(s). A few minutes away from the screen helps; your place is kept.</source>
            <translation>
                <numerusform>You have looked at sensitive content for about %Ln minute. A few minutes away from the screen helps; your place is kept.</numerusform>
                <numerusform>You have looked at sensitive content for about %Ln minutes. A few minutes away from the screen helps; your place is kept.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalibrationReport</name>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <extracomment>kappa this far below AC1 is worth a word about prevalence</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>No policy area</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no policy area, as a short column header</comment>
            <translation>None</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 · %2 · “%3”</source>
            <comment>action, areas, note</comment>
            <translation>%1 · %2 · “%3”</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>action, areas</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>CalibrationReportView</name>
        <message>
            <source>Calibration report</source>
            <translation>Calibration report</translation>
        </message>
        <message>
            <source>Calibration report: %1</source>
            <translation>Calibration report: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
                <numerusform>%Ln items</numerusform>
            </translation>
        </message>
        <message>
            <source>the action is the primary label, the policy area the secondary</source>
            <translation>the action is the primary label, the policy area the secondary</translation>
        </message>
        <message>
            <source>%1 golden, %2</source>
            <comment>golden items, then sampled live decisions</comment>
            <translation>%1 golden, %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sampled live decision(s)</source>
            <translation>
                <numerusform>%Ln sampled live decision</numerusform>
                <numerusform>%Ln sampled live decisions</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <comment>items, their mix, the labels</comment>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>items, the labels</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across %Ln reviewer(s): action %1, policy area %2.</source>
            <translation>
                <numerusform>Krippendorff's alpha across %Ln reviewer: action %1, policy area %2.</numerusform>
                <numerusform>Krippendorff's alpha across %Ln reviewers: action %1, policy area %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across reviewers appears once two or more reviewers have submitted (%Ln so far).</source>
            <translation>
                <numerusform>Krippendorff's alpha across reviewers appears once two or more reviewers have submitted (%Ln so far).</numerusform>
                <numerusform>Krippendorff's alpha across reviewers appears once two or more reviewers have submitted (%Ln so far).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a display name, then a user name</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Action (primary label)</source>
            <translation>Action (primary label)</translation>
        </message>
        <message>
            <source>Policy area (secondary label)</source>
            <translation>Policy area (secondary label)</translation>
        </message>
        <message>
            <source>Disagreements (%1)</source>
            <translation>Disagreements (%1)</translation>
        </message>
        <message>
            <source>No disagreements: every answer matches the reference.</source>
            <translation>No disagreements: every answer matches the reference.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Your answer</translation>
        </message>
        <message>
            <source>#%1</source>
            <comment>an item's number</comment>
            <translation>#%1</translation>
        </message>
        <message>
            <source>golden</source>
            <translation>golden</translation>
        </message>
        <message>
            <source>live decision</source>
            <translation>live decision</translation>
        </message>
    </context>
    <context>
        <name>CalibrationWindow</name>
        <message>
            <source>My QA results — Live Review Desk</source>
            <translation>My QA results — Live Review Desk</translation>
        </message>
        <message>
            <source>Calibration — Live Review Desk</source>
            <translation>Calibration — Live Review Desk</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Your answer</translation>
        </message>
        <message>
            <source>Submit session (Ctrl+Enter)</source>
            <translation>Submit session (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>Calibration</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>Disputes</translation>
        </message>
        <message>
            <source>Moderators' disputes of overturned decisions</source>
            <translation>Moderators' disputes of overturned decisions</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>New session…</translation>
        </message>
        <message>
            <source>Key ignored: %1.</source>
            <translation>Key ignored: %1.</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) answered.</source>
            <translation>
                <numerusform>All %Ln item answered.</numerusform>
                <numerusform>All %Ln items answered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) are answered. Submit the session (%1) to see your report.</source>
            <translation>
                <numerusform>All %Ln item are answered. Submit the session (%1) to see your report.</numerusform>
                <numerusform>All %Ln items are answered. Submit the session (%1) to see your report.</numerusform>
            </translation>
        </message>
        <message>
            <source>Item %1 of %2 · %3 answered · blind review</source>
            <translation>Item %1 of %2 · %3 answered · blind review</translation>
        </message>
        <message>
            <source>Loading the item…</source>
            <translation>Loading the item…</translation>
        </message>
        <message>
            <source>This item could not be loaded (see the message above); trying again in a few seconds.</source>
            <translation>This item could not be loaded (see the message above); trying again in a few seconds.</translation>
        </message>
        <message>
            <source>This item already has your answer.</source>
            <translation>This item already has your answer.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to sync</source>
            <translation>
                <numerusform>%Ln answer waiting to sync</numerusform>
                <numerusform>%Ln answers waiting to sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused by the service</source>
            <comment>answers</comment>
            <translation>
                <numerusform>%Ln refused by the service</numerusform>
                <numerusform>%Ln refused by the service</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two sync states</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>All answers synced</source>
            <translation>All answers synced</translation>
        </message>
        <message>
            <source>An answer was refused: %1</source>
            <translation>An answer was refused: %1</translation>
        </message>
        <message>
            <source>Sending your answers and submitting…</source>
            <translation>Sending your answers and submitting…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) was(were) refused; see the message above</source>
            <translation>
                <numerusform>%Ln answer was refused; see the message above</numerusform>
                <numerusform>%Ln answers were refused; see the message above</numerusform>
            </translation>
        </message>
        <message>
            <source>The session was not created: %1</source>
            <translation>The session was not created: %1</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>Session created: %Ln item(s) for %1.</source>
            <translation>
                <numerusform>Session created: %Ln item for %1.</numerusform>
                <numerusform>Session created: %Ln items for %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Dispute accepted: %1 was told.</source>
            <translation>Dispute accepted: %1 was told.</translation>
        </message>
        <message>
            <source>Dispute rejected: %1 was told.</source>
            <translation>Dispute rejected: %1 was told.</translation>
        </message>
        <message>
            <source>Dispute answered: %1 was told.</source>
            <translation>Dispute answered: %1 was told.</translation>
        </message>
        <message>
            <source>Your dispute was sent to your team lead.</source>
            <translation>Your dispute was sent to your team lead.</translation>
        </message>
        <message>
            <source>My QA results</source>
            <translation>My QA results</translation>
        </message>
        <message>
            <source>Your QA results and disputes</source>
            <translation>Your QA results and disputes</translation>
        </message>
        <message>
            <source>Calibration sessions assigned to you: blind review and agreement report</source>
            <translation>Calibration sessions assigned to you: blind review and agreement report</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <source>under a day</source>
            <comment>account age</comment>
            <translation>under a day</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln month</numerusform>
                <numerusform>%Ln months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln year</numerusform>
                <numerusform>%Ln years</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>account age: years, then months</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Stream title</source>
            <translation>Stream title</translation>
        </message>
        <message>
            <source>Live or ended</source>
            <translation>Live or ended</translation>
        </message>
        <message>
            <source>Viewers</source>
            <translation>Viewers</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>Streamer</translation>
        </message>
        <message>
            <source>Stream details</source>
            <translation>Stream details</translation>
        </message>
        <message>
            <source>Why this case is here</source>
            <translation>Why this case is here</translation>
        </message>
        <message>
            <source>Following the stream</source>
            <translation>Following the stream</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <source>Stream header</source>
            <translation>Stream header</translation>
        </message>
        <message>
            <source>(untitled stream)</source>
            <translation>(untitled stream)</translation>
        </message>
        <message>
            <source>not following</source>
            <comment>the live stream, offline</comment>
            <translation>not following</translation>
        </message>
        <message>
            <source>The desk cannot reach the case service; it keeps trying by itself.</source>
            <translation>The desk cannot reach the case service; it keeps trying by itself.</translation>
        </message>
        <message>
            <source>● LIVE</source>
            <translation>● LIVE</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>Ended %1</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message numerus="yes">
            <source>%Ln viewer(s)</source>
            <translation>
                <numerusform>%Ln viewer</numerusform>
                <numerusform>%Ln viewers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 follower(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation>
                <numerusform>%1 follower</numerusform>
                <numerusform>%1 followers</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · verified · account %3 old · %4</source>
            <translation>%1 · %2 · verified · account %3 old · %4</translation>
        </message>
        <message>
            <source>%1 · %2 · account %3 old · %4</source>
            <translation>%1 · %2 · account %3 old · %4</translation>
        </message>
        <message>
            <source>%1 · region %2 · language %3 · started %4 · %5 · case %6 · queue %7</source>
            <translation>%1 · region %2 · language %3 · started %4 · %5 · case %6 · queue %7</translation>
        </message>
        <message numerus="yes">
            <source>%Ln chat message(s)</source>
            <translation>
                <numerusform>%Ln chat message</numerusform>
                <numerusform>%Ln chat messages</numerusform>
            </translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation>Escalated: %1 — %2</translation>
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation>Escalated: %1</translation>
        </message>
        <message>
            <source>Escalated — %1</source>
            <translation>Escalated — %1</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Case</source>
            <extracomment>prefetched cases remembered for a re-plan (the controller prepares 2-3 ahead) the phase the picture of the case built ahead is made in (between keys, off the clock) a drag (window size, splitter) makes the picture again once it has rested this long what drops the picture: a change of anything the hidden body paints from</extracomment>
            <translation>Case</translation>
        </message>
        <message>
            <source>Snapshot caption</source>
            <translation>Snapshot caption</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>No case</translation>
        </message>
        <message>
            <source>This case has no snapshots</source>
            <translation>This case has no snapshots</translation>
        </message>
        <message>
            <source>Chat is loading…</source>
            <translation>Chat is loading…</translation>
        </message>
        <message>
            <source>No chat</source>
            <translation>No chat</translation>
        </message>
        <message>
            <source>No case on screen</source>
            <translation>No case on screen</translation>
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation>Hold %1 or the mouse button to view</translation>
        </message>
        <message>
            <source>Hold the mouse button to view</source>
            <translation>Hold the mouse button to view</translation>
        </message>
        <message>
            <source>Snapshot %1 of %2 · %3 into the stream</source>
            <translation>Snapshot %1 of %2 · %3 into the stream</translation>
        </message>
        <message>
            <source>%1 · sensitive (%2)</source>
            <translation>%1 · sensitive (%2)</translation>
        </message>
        <message>
            <source>%1 · not shown: %2</source>
            <translation>%1 · not shown: %2</translation>
        </message>
    </context>
    <context>
        <name>ChatActionDialog</name>
        <message>
            <source>Remove the message</source>
            <translation>Remove the message</translation>
        </message>
        <message>
            <source>Time the chatter out</source>
            <translation>Time the chatter out</translation>
        </message>
        <message>
            <source>Ban the chatter from this streamer's chat</source>
            <translation>Ban the chatter from this streamer's chat</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 minutes</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hour</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 hours</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n message(s).</source>
            <translation>
                <numerusform>Remove %n message.</numerusform>
                <numerusform>Remove %n messages.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time out %1 (%2).</source>
            <translation>Time out %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n chatter(s)</source>
            <translation>
                <numerusform>%n chatter</numerusform>
                <numerusform>%n chatters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) selected</source>
            <translation>
                <numerusform>%n message selected</numerusform>
                <numerusform>%n messages selected</numerusform>
            </translation>
        </message>
        <message>
            <source>Ban %1 from this streamer's chat (%2).</source>
            <translation>Ban %1 from this streamer's chat (%2).</translation>
        </message>
        <message>
            <source>What will be recorded</source>
            <translation>What will be recorded</translation>
        </message>
        <message>
            <source>Timeout length</source>
            <translation>Timeout length</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Policy area</translation>
        </message>
    </context>
    <context>
        <name>ChatTableModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message numerus="yes">
            <source>%nm</source>
            <comment>account age in minutes, compact</comment>
            <translation>
                <numerusform>%nm</numerusform>
                <numerusform>%nm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%nh</source>
            <comment>account age in hours, compact</comment>
            <translation>
                <numerusform>%nh</numerusform>
                <numerusform>%nh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%nd</source>
            <comment>account age in days, compact</comment>
            <translation>
                <numerusform>%nd</numerusform>
                <numerusform>%nd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%ny</source>
            <comment>account age in years, compact</comment>
            <translation>
                <numerusform>%ny</numerusform>
                <numerusform>%ny</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · actioned · %2: %3</source>
            <translation>%1 · actioned · %2: %3</translation>
        </message>
        <message>
            <source>%1 · flagged · %2: %3</source>
            <translation>%1 · flagged · %2: %3</translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Chat log</source>
            <translation>Chat log</translation>
        </message>
        <message>
            <source>Search chat text</source>
            <translation>Search chat text</translation>
        </message>
        <message>
            <source>Search chat</source>
            <translation>Search chat</translation>
        </message>
        <message>
            <source>Filter chat by user</source>
            <translation>Filter chat by user</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Flagged only</source>
            <translation>Flagged only</translation>
        </message>
        <message>
            <source>Show flagged messages only</source>
            <translation>Show flagged messages only</translation>
        </message>
        <message>
            <source>Messages shown</source>
            <translation>Messages shown</translation>
        </message>
        <message>
            <source>Raid helper</source>
            <translation>Raid helper</translation>
        </message>
        <message>
            <source>Chat messages</source>
            <translation>Chat messages</translation>
        </message>
        <message>
            <source>Select a message first.</source>
            <translation>Select a message first.</translation>
        </message>
        <message>
            <source>The raid helper needs the accounts' ages.</source>
            <translation>The raid helper needs the accounts' ages.</translation>
        </message>
        <message>
            <source>The raid helper found no raid in this chat.</source>
            <translation>The raid helper found no raid in this chat.</translation>
        </message>
        <message>
            <source>Raid helper: %1 from %2 selected. %3 removes, %4 times out, %5 bans.</source>
            <translation>Raid helper: %1 from %2 selected. %3 removes, %4 times out, %5 bans.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new account(s)</source>
            <translation>
                <numerusform>%n new account</numerusform>
                <numerusform>%n new accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s) ↓</source>
            <comment>a chip under the chat; jumps to the end</comment>
            <translation>
                <numerusform>%n new message ↓</numerusform>
                <numerusform>%n new messages ↓</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <comment>the chip's accessible name, without the arrow</comment>
            <translation>
                <numerusform>%n new message</numerusform>
                <numerusform>%n new messages</numerusform>
            </translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>Chat actions</translation>
        </message>
        <message>
            <source>Select a raid</source>
            <translation>Select a raid</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s)</source>
            <translation>
                <numerusform>%Ln message</numerusform>
                <numerusform>%Ln messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeChecklist</name>
        <message>
            <source>%1 (no longer offered)</source>
            <translation>%1 (no longer offered)</translation>
        </message>
    </context>
    <context>
        <name>ConfusionTable</name>
        <message>
            <source>→ %1</source>
            <comment>the answer's label</comment>
            <translation>→ %1</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>This week</source>
            <extracomment>bar colours: calm, distinguishable for common colour-vision deficiencies (Okabe–Ito)</extracomment>
            <translation>This week</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 28 days</source>
            <translation>Last 28 days</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>All time</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>whole seconds on a chart</comment>
            <extracomment>the period a lead sees first: wide enough for last week's review, recent enough to be fast</extracomment>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Team dashboard</source>
            <translation>Team dashboard</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Dashboard first day</source>
            <translation>Dashboard first day</translation>
        </message>
        <message>
            <source>Dashboard last day</source>
            <translation>Dashboard last day</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>decisions</translation>
        </message>
        <message>
            <source>cases per staffed hour</source>
            <translation>cases per staffed hour</translation>
        </message>
        <message>
            <source>mean handle time</source>
            <translation>mean handle time</translation>
        </message>
        <message>
            <source>p90 handle time</source>
            <translation>p90 handle time</translation>
        </message>
        <message>
            <source>skip rate</source>
            <translation>skip rate</translation>
        </message>
        <message>
            <source>overturned by QA</source>
            <translation>overturned by QA</translation>
        </message>
        <message>
            <source>QA agreement</source>
            <translation>QA agreement</translation>
        </message>
        <message>
            <source>waiting in queues</source>
            <translation>waiting in queues</translation>
        </message>
        <message>
            <source>Throughput per moderator</source>
            <translation>Throughput per moderator</translation>
        </message>
        <message>
            <source>Throughput per vendor</source>
            <translation>Throughput per vendor</translation>
        </message>
        <message>
            <source>Handle time per moderator</source>
            <translation>Handle time per moderator</translation>
        </message>
        <message>
            <source>seconds · blue: mean · orange: p90</source>
            <translation>seconds · blue: mean · orange: p90</translation>
        </message>
        <message>
            <source>Action mix</source>
            <translation>Action mix</translation>
        </message>
        <message>
            <source>final decisions in the period</source>
            <translation>final decisions in the period</translation>
        </message>
        <message>
            <source>QA agreement by week</source>
            <translation>QA agreement by week</translation>
        </message>
        <message>
            <source>% of QA verdicts that upheld the decision</source>
            <translation>% of QA verdicts that upheld the decision</translation>
        </message>
        <message>
            <source>Queue depth</source>
            <translation>Queue depth</translation>
        </message>
        <message>
            <source>cases waiting now · age of the oldest</source>
            <translation>cases waiting now · age of the oldest</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>Skip reasons</translation>
        </message>
        <message>
            <source>skips in the period</source>
            <translation>skips in the period</translation>
        </message>
        <message>
            <source>Overturn rate per moderator</source>
            <translation>Overturn rate per moderator</translation>
        </message>
        <message>
            <source>% of QA-reviewed decisions overturned</source>
            <translation>% of QA-reviewed decisions overturned</translation>
        </message>
        <message>
            <source>Moderators</source>
            <translation>Moderators</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Vendors</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>QA by week</source>
            <translation>QA by week</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Queues</translation>
        </message>
        <message>
            <source>%1 table</source>
            <translation>%1 table</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Not loaded: %1</source>
            <translation>Not loaded: %1</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>your own</translation>
        </message>
        <message>
            <source>your team</source>
            <translation>your team</translation>
        </message>
        <message>
            <source>every team</source>
            <translation>every team</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>cases waiting · age of the oldest</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Updated %1</source>
            <translation>Updated %1</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Staffed hours</source>
            <translation>Staffed hours</translation>
        </message>
        <message>
            <source>Cases / hour</source>
            <translation>Cases / hour</translation>
        </message>
        <message>
            <source>Mean handle (s)</source>
            <translation>Mean handle (s)</translation>
        </message>
        <message>
            <source>p90 handle (s)</source>
            <translation>p90 handle (s)</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Escalations</translation>
        </message>
        <message>
            <source>Skips</source>
            <translation>Skips</translation>
        </message>
        <message>
            <source>Skip rate</source>
            <translation>Skip rate</translation>
        </message>
        <message>
            <source>QA reviewed</source>
            <translation>QA reviewed</translation>
        </message>
        <message>
            <source>Overturned</source>
            <translation>Overturned</translation>
        </message>
        <message>
            <source>Overturn rate</source>
            <translation>Overturn rate</translation>
        </message>
        <message>
            <source>All</source>
            <comment>the totals row</comment>
            <translation>All</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>Day (UTC)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Upheld</source>
            <translation>Upheld</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>Oldest case</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>Target (SLA)</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>a service level target</comment>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Export dashboard as PNG</source>
            <translation>Export dashboard as PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>Could not write %1</translation>
        </message>
        <message>
            <source>Export dashboard tables as CSV</source>
            <translation>Export dashboard tables as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Nothing to export yet: refresh first.</source>
            <translation>Nothing to export yet: refresh first.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DecisionChainView</name>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Undo (retract)</source>
            <translation>Undo (retract)</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Escalation decided</source>
            <translation>Escalation decided</translation>
        </message>
        <message>
            <source>QA verdict</source>
            <translation>QA verdict</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Dispute</translation>
        </message>
        <message>
            <source>Dispute resolved</source>
            <translation>Dispute resolved</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a case's status</comment>
            <translation>open</translation>
        </message>
        <message>
            <source>leased</source>
            <comment>a case's status</comment>
            <translation>leased</translation>
        </message>
        <message>
            <source>decided</source>
            <comment>a case's status</comment>
            <translation>decided</translation>
        </message>
        <message>
            <source>escalated</source>
            <comment>a case's status</comment>
            <translation>escalated</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a dispute's state</comment>
            <translation>open</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation>accepted</translation>
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation>rejected</translation>
        </message>
        <message>
            <source>Case %1 · decision chain</source>
            <extracomment>the case content is on screen (every snapshot drawn or failed)</extracomment>
            <translation>Case %1 · decision chain</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Case %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Policy area</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Timeline of the case</source>
            <translation>Timeline of the case</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Handle time</source>
            <translation>Handle time</translation>
        </message>
        <message>
            <source>Supersedes</source>
            <translation>Supersedes</translation>
        </message>
        <message>
            <source>Superseded by</source>
            <translation>Superseded by</translation>
        </message>
        <message>
            <source>QA</source>
            <translation>QA</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Decisions on the case</source>
            <translation>Decisions on the case</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>QA reviewer</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>QA action</source>
            <translation>QA action</translation>
        </message>
        <message>
            <source>Dispute note</source>
            <translation>Dispute note</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>QA verdicts and disputes</source>
            <translation>QA verdicts and disputes</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>QA and disputes</source>
            <translation>QA and disputes</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Loading the case…</source>
            <translation>Loading the case…</translation>
        </message>
        <message>
            <source>The case could not be loaded: %1</source>
            <translation>The case could not be loaded: %1</translation>
        </message>
        <message>
            <source>The chain could not be loaded: %1</source>
            <translation>The chain could not be loaded: %1</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Queue %1 · status %2</source>
            <translation>Queue %1 · status %2</translation>
        </message>
        <message>
            <source>%1 · streamer @%2</source>
            <translation>%1 · streamer @%2</translation>
        </message>
        <message>
            <source>%1 · stream “%2”</source>
            <translation>%1 · stream “%2”</translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation>Escalated: %1 — %2</translation>
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation>Escalated: %1</translation>
        </message>
        <message>
            <source>In force: %1 by %2 (%3)</source>
            <translation>In force: %1 by %2 (%3)</translation>
        </message>
        <message>
            <source>No decision is in force (the last one was undone).</source>
            <translation>No decision is in force (the last one was undone).</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>when a decision was made, by whom</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>an action, then its policy areas</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>QA and disputes (%1)</source>
            <translation>QA and disputes (%1)</translation>
        </message>
        <message>
            <source>Decisions (%1)</source>
            <translation>Decisions (%1)</translation>
        </message>
    </context>
    <context>
        <name>DecisionImport</name>
        <message numerus="yes">
            <source>%n decision(s) accepted.</source>
            <translation>
                <numerusform>%n decision accepted.</numerusform>
                <numerusform>%n decisions accepted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) refused.</source>
            <translation>
                <numerusform>%n decision refused.</numerusform>
                <numerusform>%n decisions refused.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) were already in the service.</source>
            <translation>
                <numerusform>%n decision were already in the service.</numerusform>
                <numerusform>%n decisions were already in the service.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: decision %1: %2</source>
            <translation>Refused: decision %1: %2</translation>
        </message>
        <message>
            <source>Imported decisions of %1</source>
            <translation>Imported decisions of %1</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Import summary</translation>
        </message>
        <message>
            <source>How many decisions the service accepted and refused, with each refusal's reason</source>
            <translation>How many decisions the service accepted and refused, with each refusal's reason</translation>
        </message>
    </context>
    <context>
        <name>DecisionKeyFilter</name>
        <message>
            <source>decision keys are paused</source>
            <extracomment>what a remap refusal names as the key's owner: the key and its function (a code) what ``DecisionKeyFilter.refused`` says (stable words that a listener may compare; :func:`refusal_text` words them for a person)</extracomment>
            <translation>decision keys are paused</translation>
        </message>
        <message>
            <source>too soon after the case appeared</source>
            <translation>too soon after the case appeared</translation>
        </message>
        <message>
            <source>Policy area: %1</source>
            <translation>Policy area: %1</translation>
        </message>
        <message>
            <source>Undo the last decision</source>
            <translation>Undo the last decision</translation>
        </message>
        <message>
            <source>Skip this case (asks why)</source>
            <translation>Skip this case (asks why)</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot</source>
            <translation>Hold to see a blurred snapshot</translation>
        </message>
        <message>
            <source>This sheet</source>
            <translation>This sheet</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <comment>two keys</comment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>Previous / next snapshot</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <translation>Search the chat</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>In the chat: that author's messages</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>Clear the chat filter, leave a text field</translation>
        </message>
    </context>
    <context>
        <name>DecisionKeys</name>
        <message>
            <source>%1: %2 is kept for undo</source>
            <translation>%1: %2 is kept for undo</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the shortcut sheet</source>
            <translation>%1: %2 is kept for the shortcut sheet</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the previous snapshot</source>
            <translation>%1: %2 is kept for the previous snapshot</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the next snapshot</source>
            <translation>%1: %2 is kept for the next snapshot</translation>
        </message>
        <message>
            <source>%1: %2 is kept for a chat author's history</source>
            <translation>%1: %2 is kept for a chat author's history</translation>
        </message>
        <message>
            <source>%1: %2 is kept for leaving a field</source>
            <translation>%1: %2 is kept for leaving a field</translation>
        </message>
        <message>
            <source>%1: no such action in policy %2</source>
            <translation>%1: no such action in policy %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a single key</source>
            <translation>%1: %2 is not a single key</translation>
        </message>
        <message>
            <source>%1: %2 picks a policy area</source>
            <translation>%1: %2 picks a policy area</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1: %2 is already %3</translation>
        </message>
    </context>
    <context>
        <name>DecodePipeline</name>
        <message>
            <source>the image is not in the local cache</source>
            <extracomment>a prefetch that is never used (cases skipped) must not grow the set without end what a decode is for: the strip, the viewer at rest, the viewer while held (veiled slots only), and the two viewer images again at full resolution for zooming what the decode worker does to the pixels (``ui.case.decoder.EFFECTS``)</extracomment>
            <translation>the image is not in the local cache</translation>
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Seeding the demo service with cases…</source>
            <translation>Seeding the demo service with cases…</translation>
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation>Starting the demo service…</translation>
        </message>
    </context>
    <context>
        <name>DemoService</name>
        <message>
            <source>Seeding the demo service failed (exit %1).
%2</source>
            <translation>Seeding the demo service failed (exit %1).
%2</translation>
        </message>
        <message>
            <source>The demo service stopped at start (exit %1).
%2</source>
            <translation>The demo service stopped at start (exit %1).
%2</translation>
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <source>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</source>
            <extracomment>set by tests and the benchmark: print timing marks to stdout</extracomment>
            <translation>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</translation>
        </message>
        <message>
            <source>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</source>
            <translation>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</translation>
        </message>
        <message>
            <source>The local work store cannot be opened: %1</source>
            <translation>The local work store cannot be opened: %1</translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>You are signed out.</translation>
        </message>
    </context>
    <context>
        <name>DisputesPage</name>
        <message>
            <source>Open disputes</source>
            <translation>Open disputes</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>QA decision</source>
            <translation>QA decision</translation>
        </message>
        <message>
            <source>Moderator's note</source>
            <translation>Moderator's note</translation>
        </message>
        <message>
            <source>Resolution note</source>
            <translation>Resolution note</translation>
        </message>
        <message>
            <source>Your answer to the moderator (optional)</source>
            <translation>Your answer to the moderator (optional)</translation>
        </message>
        <message>
            <source>Accept: the decision stands</source>
            <translation>Accept: the decision stands</translation>
        </message>
        <message>
            <source>Reject: the overturn stands</source>
            <translation>Reject: the overturn stands</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open dispute(s).</source>
            <translation>
                <numerusform>%Ln open dispute.</numerusform>
                <numerusform>%Ln open disputes.</numerusform>
            </translation>
        </message>
        <message>
            <source>No open disputes.</source>
            <translation>No open disputes.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Enter the address of the case service, for example https://review.example.com.</source>
            <translation>Enter the address of the case service, for example https://review.example.com.</translation>
        </message>
        <message>
            <source>“%1” is not a web address. It should look like https://review.example.com.</source>
            <translation>“%1” is not a web address. It should look like https://review.example.com.</translation>
        </message>
        <message>
            <source>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</source>
            <translation>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</translation>
        </message>
        <message>
            <source>This client is too old for the case service; version %1 or newer is needed.</source>
            <translation>This client is too old for the case service; version %1 or newer is needed.</translation>
        </message>
        <message>
            <source>The case service cannot be reached. Your work is kept and will sync later.</source>
            <translation>The case service cannot be reached. Your work is kept and will sync later.</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed (certificate or TLS problem).</source>
            <translation>The secure connection to the case service failed (certificate or TLS problem).</translation>
        </message>
        <message>
            <source>The service address must use https:// (plain http is allowed only locally).</source>
            <translation>The service address must use https:// (plain http is allowed only locally).</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>Your session has ended. Please sign in again.</translation>
        </message>
        <message>
            <source>The user name or password is not correct.</source>
            <translation>The user name or password is not correct.</translation>
        </message>
        <message>
            <source>This account is disabled. Your work is kept and will sync when it is enabled again.</source>
            <translation>This account is disabled. Your work is kept and will sync when it is enabled again.</translation>
        </message>
        <message>
            <source>You must choose a new password before you can sign in.</source>
            <translation>You must choose a new password before you can sign in.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>Your account is not allowed to do this.</translation>
        </message>
        <message>
            <source>The case service does not know this item.</source>
            <translation>The case service does not know this item.</translation>
        </message>
        <message>
            <source>Someone else changed this first (for example the lease was lost).</source>
            <translation>Someone else changed this first (for example the lease was lost).</translation>
        </message>
        <message>
            <source>The case service asks us to slow down; sync will retry shortly.</source>
            <translation>The case service asks us to slow down; sync will retry shortly.</translation>
        </message>
        <message>
            <source>The case service had a problem; sync will retry shortly.</source>
            <translation>The case service had a problem; sync will retry shortly.</translation>
        </message>
        <message>
            <source>The case service sent an answer this client cannot use.</source>
            <translation>The case service sent an answer this client cannot use.</translation>
        </message>
        <message>
            <source>This client is too old for the case service. Please update it.</source>
            <translation>This client is too old for the case service. Please update it.</translation>
        </message>
        <message>
            <source>The case service refused the request as invalid.</source>
            <translation>The case service refused the request as invalid.</translation>
        </message>
        <message>
            <source>The case service answered with an error.</source>
            <translation>The case service answered with an error.</translation>
        </message>
        <message>
            <source>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</source>
            <translation>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</translation>
        </message>
        <message>
            <source>The user name or password is not correct. Check both and try again.</source>
            <translation>The user name or password is not correct. Check both and try again.</translation>
        </message>
        <message>
            <source>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</translation>
        </message>
        <message>
            <source>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</source>
            <translation>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</translation>
        </message>
        <message>
            <source>Cannot reach the case service. Check the address and this computer's network connection, then try again.</source>
            <translation>Cannot reach the case service. Check the address and this computer's network connection, then try again.</translation>
        </message>
        <message>
            <source>This account may not use the review desk. Ask your team lead for access.</source>
            <translation>This account may not use the review desk. Ask your team lead for access.</translation>
        </message>
        <message>
            <source>Sign-in failed unexpectedly (%1). Please try again.</source>
            <translation>Sign-in failed unexpectedly (%1). Please try again.</translation>
        </message>
    </context>
    <context>
        <name>EscalationReasons</name>
        <message>
            <source>Credible threat of harm</source>
            <extracomment>why a moderator escalated (the taxonomy's escalation reasons)</extracomment>
            <translation>Credible threat of harm</translation>
        </message>
        <message>
            <source>Minor safety specialist needed</source>
            <translation>Minor safety specialist needed</translation>
        </message>
        <message>
            <source>Policy unclear or missing</source>
            <translation>Policy unclear or missing</translation>
        </message>
        <message>
            <source>Legal or law-enforcement request</source>
            <translation>Legal or law-enforcement request</translation>
        </message>
        <message>
            <source>High-profile account</source>
            <translation>High-profile account</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>EscalationsWindow</name>
        <message>
            <source>My escalations · Live Review Desk</source>
            <translation>My escalations · Live Review Desk</translation>
        </message>
        <message>
            <source>My escalations</source>
            <translation>My escalations</translation>
        </message>
        <message>
            <source>Cases you escalated, newest first, with what the lead decided.</source>
            <translation>Cases you escalated, newest first, with what the lead decided.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>Streamer</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>Lead's note</source>
            <translation>Lead's note</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>escalations shown · still waiting</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln escalation(s)</source>
            <translation>
                <numerusform>%Ln escalation</numerusform>
                <numerusform>%Ln escalations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting for a lead</source>
            <translation>
                <numerusform>%Ln waiting for a lead</numerusform>
                <numerusform>%Ln waiting for a lead</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
    </context>
    <context>
        <name>ExposureStatus</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes seen</comment>
            <extracomment>how often (ms) the exposure minutes, the break reminder and the idle rule are checked</extracomment>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;1 min</source>
            <translation>&lt;1 min</translation>
        </message>
        <message>
            <source>uncategorised</source>
            <comment>sensitive content without a policy area</comment>
            <translation>uncategorised</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a category, then its minutes</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source> · </source>
            <comment>between categories</comment>
            <translation> · </translation>
        </message>
        <message>
            <source>Sensitive content seen this session</source>
            <translation>Sensitive content seen this session</translation>
        </message>
        <message>
            <source>Sensitive seen: none</source>
            <translation>Sensitive seen: none</translation>
        </message>
        <message>
            <source>Sensitive seen: %1 …</source>
            <translation>Sensitive seen: %1 …</translation>
        </message>
        <message>
            <source>Sensitive seen: %1</source>
            <translation>Sensitive seen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Minutes of sensitive content on screen un-blurred this session (about %Ln min in all):
%1</source>
            <translation>
                <numerusform>Minutes of sensitive content on screen un-blurred this session (about %Ln min in all):
%1</numerusform>
                <numerusform>Minutes of sensitive content on screen un-blurred this session (about %Ln min in all):
%1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Following</name>
        <message>
            <source>The stream has already ended, so it cannot be ended. Nothing was recorded: choose another action.</source>
            <translation>The stream has already ended, so it cannot be ended. Nothing was recorded: choose another action.</translation>
        </message>
        <message>
            <source>This action no longer applies to this case.</source>
            <translation>This action no longer applies to this case.</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>%1k</source>
            <comment>thousands, short</comment>
            <translation>%1k</translation>
        </message>
        <message>
            <source>%1M</source>
            <comment>millions, short</comment>
            <translation>%1M</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds, short</comment>
            <translation>
                <numerusform>%Ln s</numerusform>
                <numerusform>%Ln s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes, short</comment>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>hours and minutes, short</comment>
            <translation>%1 h %2 min</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>a duration in days</comment>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds with a decimal</comment>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>GoldenPage</name>
        <message>
            <source>Golden items</source>
            <translation>Golden items</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Reference action</source>
            <translation>Reference action</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>Policy areas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Case id of a decided case</source>
            <translation>Case id of a decided case</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>Promote</translation>
        </message>
        <message>
            <source>Retire selected</source>
            <translation>Retire selected</translation>
        </message>
        <message numerus="yes">
            <source>%n golden item(s)</source>
            <translation>
                <numerusform>%n golden item</numerusform>
                <numerusform>%n golden items</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the id of a decided case.</source>
            <translation>Type the id of a decided case.</translation>
        </message>
        <message>
            <source>%1 is a golden item now.</source>
            <translation>%1 is a golden item now.</translation>
        </message>
        <message>
            <source>%1 was retired.</source>
            <translation>%1 was retired.</translation>
        </message>
    </context>
    <context>
        <name>GuidelinesView</name>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Vendor: %1</source>
            <translation>Vendor: %1</translation>
        </message>
        <message>
            <source>Queue: %1</source>
            <translation>Queue: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a target kind, then its name</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Publish an urgent guideline</source>
            <translation>Publish an urgent guideline</translation>
        </message>
        <message>
            <source>Guideline title</source>
            <translation>Guideline title</translation>
        </message>
        <message>
            <source>One line moderators read first</source>
            <translation>One line moderators read first</translation>
        </message>
        <message>
            <source>Guideline text</source>
            <translation>Guideline text</translation>
        </message>
        <message>
            <source>What changes, from when, and what to do instead.</source>
            <translation>What changes, from when, and what to do instead.</translation>
        </message>
        <message>
            <source>Who must read it</source>
            <translation>Who must read it</translation>
        </message>
        <message>
            <source>One vendor</source>
            <translation>One vendor</translation>
        </message>
        <message>
            <source>One queue</source>
            <translation>One queue</translation>
        </message>
        <message>
            <source>Vendor that must read it</source>
            <translation>Vendor that must read it</translation>
        </message>
        <message>
            <source>vendor name, e.g. northdesk</source>
            <translation>vendor name, e.g. northdesk</translation>
        </message>
        <message>
            <source>Queue whose moderators must read it</source>
            <translation>Queue whose moderators must read it</translation>
        </message>
        <message>
            <source>Moderators must acknowledge it</source>
            <translation>Moderators must acknowledge it</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Published guidelines</source>
            <translation>Published guidelines</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>Who has acknowledged the guideline</source>
            <translation>Who has acknowledged the guideline</translation>
        </message>
        <message>
            <source>Give the guideline a title.</source>
            <translation>Give the guideline a title.</translation>
        </message>
        <message>
            <source>Write what the guideline says.</source>
            <translation>Write what the guideline says.</translation>
        </message>
        <message>
            <source>Name the vendor that must read it.</source>
            <translation>Name the vendor that must read it.</translation>
        </message>
        <message>
            <source>Name the queue that must read it.</source>
            <translation>Name the queue that must read it.</translation>
        </message>
        <message>
            <source>Publishing…</source>
            <translation>Publishing…</translation>
        </message>
        <message numerus="yes">
            <source>Published to %Ln person(s): it shows in their banner with the next policy refresh.</source>
            <translation>
                <numerusform>Published to %Ln person: it shows in their banner with the next policy refresh.</numerusform>
                <numerusform>Published to %Ln people: it shows in their banner with the next policy refresh.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>Not published: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>acknowledged of targeted</comment>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>info</source>
            <comment>a guideline that needs no acknowledgement</comment>
            <translation>info</translation>
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, %5 not yet</source>
            <translation>“%1” · %2 · %3 of %4 acknowledged, %5 not yet</translation>
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, everyone has read it</source>
            <translation>“%1” · %2 · %3 of %4 acknowledged, everyone has read it</translation>
        </message>
        <message>
            <source>not yet</source>
            <comment>not acknowledged yet</comment>
            <translation>not yet</translation>
        </message>
    </context>
    <context>
        <name>HighProfileConfirm</name>
        <message>
            <source>High-profile account</source>
            <translation>High-profile account</translation>
        </message>
        <message>
            <source>This account is labelled high profile. Press Enter to confirm %1, or Escape to cancel.</source>
            <translation>This account is labelled high profile. Press Enter to confirm %1, or Escape to cancel.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Decided</source>
            <extracomment>rows per request: one screenful several times over, small enough to arrive quickly</extracomment>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>Streamer</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Policy area</translation>
        </message>
        <message>
            <source>Handle time</source>
            <translation>Handle time</translation>
        </message>
        <message>
            <source>QA verdict</source>
            <translation>QA verdict</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>dispute open</source>
            <translation>dispute open</translation>
        </message>
        <message>
            <source>dispute accepted</source>
            <translation>dispute accepted</translation>
        </message>
        <message>
            <source>dispute rejected</source>
            <translation>dispute rejected</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>superseded</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>undo</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>chat action on %1</source>
            <comment>a chat action's target: a message or chatter id</comment>
            <translation>chat action on %1</translation>
        </message>
        <message>
            <source>escalation → %1 by %2</source>
            <comment>the decision on the escalated case, who took it</comment>
            <translation>escalation → %1 by %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a QA verdict, then the dispute's state</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Any</source>
            <comment>a yes/no filter</comment>
            <extracomment>columns whose cells may be cut: the tool tip shows them whole (as plain text) a note is cut in the cell; the whole note is in the tool tip and the chain view</extracomment>
            <translation>Any</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>a yes/no filter</comment>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <comment>a yes/no filter</comment>
            <translation>No</translation>
        </message>
        <message>
            <source>Decision history</source>
            <extracomment>an overturned verdict stands out in the QA column (the theme's red, readable on it)</extracomment>
            <translation>Decision history</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Every moderator</source>
            <translation>Every moderator</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Every vendor</source>
            <translation>Every vendor</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Every queue</source>
            <translation>Every queue</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Every action</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Policy area</translation>
        </message>
        <message>
            <source>Every policy area</source>
            <translation>Every policy area</translation>
        </message>
        <message>
            <source>Decided between</source>
            <translation>Decided between</translation>
        </message>
        <message>
            <source>Filter by decision date</source>
            <translation>Filter by decision date</translation>
        </message>
        <message>
            <source>History first day</source>
            <translation>History first day</translation>
        </message>
        <message>
            <source>History last day</source>
            <translation>History last day</translation>
        </message>
        <message>
            <source>Overturned by QA</source>
            <translation>Overturned by QA</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Disputed</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Every kind</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>Case decisions</translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>Chat actions</translation>
        </message>
        <message>
            <source>Apply filters</source>
            <translation>Apply filters</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Overturned</source>
            <translation>Overturned</translation>
        </message>
        <message>
            <source>to</source>
            <comment>decided between one date and another</comment>
            <translation>to</translation>
        </message>
        <message>
            <source>Look up a case id or a streamer handle</source>
            <translation>Look up a case id or a streamer handle</translation>
        </message>
        <message>
            <source>Case id, or @handle of a streamer</source>
            <translation>Case id, or @handle of a streamer</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Look up</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Every decision of the current filter, as a CSV file</source>
            <translation>Every decision of the current filter, as a CSV file</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>That filter is not valid: %1</source>
            <translation>That filter is not valid: %1</translation>
        </message>
        <message>
            <source>Looking up…</source>
            <translation>Looking up…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>No decision matches this filter.</source>
            <translation>No decision matches this filter.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) shown, latest received first; scroll down for more.</source>
            <translation>
                <numerusform>%Ln decision shown, latest received first; scroll down for more.</numerusform>
                <numerusform>%Ln decisions shown, latest received first; scroll down for more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s), latest received first: all of this filter.</source>
            <translation>
                <numerusform>%Ln decision, latest received first: all of this filter.</numerusform>
                <numerusform>%Ln decisions, latest received first: all of this filter.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history could not be loaded: %1</source>
            <translation>The history could not be loaded: %1</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>Export history as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln decision(s) to %1.</source>
            <translation>
                <numerusform>Exported %Ln decision to %1.</numerusform>
                <numerusform>Exported %Ln decisions to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>The export failed: %1</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Workstation locked</source>
            <translation>Workstation locked</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Signed in as %1</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Sign in again</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</translation>
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation>Choose a new password of at least %1 characters.</translation>
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation>The two new passwords differ: type the same one twice.</translation>
        </message>
    </context>
    <context>
        <name>ImageDecoder</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>cannot read the file: %1</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message numerus="yes">
            <source>the file is too large (%Ln MB)</source>
            <translation>
                <numerusform>the file is too large (%Ln MB)</numerusform>
                <numerusform>the file is too large (%Ln MB)</numerusform>
            </translation>
        </message>
        <message>
            <source>not a JPEG, PNG or WebP image</source>
            <translation>not a JPEG, PNG or WebP image</translation>
        </message>
        <message>
            <source>not an image this client can read (%1)</source>
            <translation>not an image this client can read (%1)</translation>
        </message>
        <message>
            <source>the image does not declare its size</source>
            <translation>the image does not declare its size</translation>
        </message>
        <message>
            <source>the image is too large (%1×%2)</source>
            <translation>the image is too large (%1×%2)</translation>
        </message>
        <message>
            <source>the image could not be decoded (%1)</source>
            <translation>the image could not be decoded (%1)</translation>
        </message>
        <message>
            <source>decoding failed: %1</source>
            <translation>decoding failed: %1</translation>
        </message>
    </context>
    <context>
        <name>KeyButton</name>
        <message>
            <source>Key for %1</source>
            <translation>Key for %1</translation>
        </message>
        <message>
            <source>Press Space or click, then press the new key (Esc cancels)</source>
            <translation>Press Space or click, then press the new key (Esc cancels)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: no key</source>
            <translation>%1: no key</translation>
        </message>
        <message>
            <source>Press a key…</source>
            <translation>Press a key…</translation>
        </message>
    </context>
    <context>
        <name>KeyRefusal</name>
        <message>
            <source>%1 has no key of its own (undo records it)</source>
            <translation>%1 has no key of its own (undo records it)</translation>
        </message>
        <message>
            <source>%1: “%2” is not a single key</source>
            <translation>%1: “%2” is not a single key</translation>
        </message>
        <message>
            <source>%1: %2 is kept for %3</source>
            <translation>%1: %2 is kept for %3</translation>
        </message>
        <message>
            <source>%1: %2 picks the policy area %3</source>
            <translation>%1: %2 picks the policy area %3</translation>
        </message>
        <message>
            <source>“%1” is not an action of policy %2</source>
            <translation>“%1” is not an action of policy %2</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1: %2 is already %3</translation>
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <source>holding to reveal a blurred snapshot</source>
            <extracomment>keys the review screen uses for something else, and what (marked: the client shows them in the person's language with ``translate("Keymap", value)``)</extracomment>
            <translation>holding to reveal a blurred snapshot</translation>
        </message>
        <message>
            <source>skipping a case</source>
            <translation>skipping a case</translation>
        </message>
        <message>
            <source>the shortcut sheet</source>
            <translation>the shortcut sheet</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>undo</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>pause</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>settings</translation>
        </message>
        <message>
            <source>searching the chat</source>
            <translation>searching the chat</translation>
        </message>
        <message>
            <source>the previous snapshot</source>
            <translation>the previous snapshot</translation>
        </message>
        <message>
            <source>the next snapshot</source>
            <translation>the next snapshot</translation>
        </message>
        <message>
            <source>moving in lists</source>
            <translation>moving in lists</translation>
        </message>
        <message>
            <source>a chat author's history</source>
            <translation>a chat author's history</translation>
        </message>
        <message>
            <source>leaving a field</source>
            <translation>leaving a field</translation>
        </message>
        <message>
            <source>moving the focus</source>
            <translation>moving the focus</translation>
        </message>
        <message>
            <source>pressing the focused button</source>
            <translation>pressing the focused button</translation>
        </message>
    </context>
    <context>
        <name>LabelRequestsView</name>
        <message>
            <source>Account labels</source>
            <translation>Account labels</translation>
        </message>
        <message>
            <source>Labels your team asked for on streamers' accounts. An approved label shows in the header of every later case of that account until it expires.</source>
            <translation>Labels your team asked for on streamers' accounts. An approved label shows in the header of every later case of that account until it expires.</translation>
        </message>
        <message>
            <source>Which requests</source>
            <translation>Which requests</translation>
        </message>
        <message>
            <source>Waiting for a decision</source>
            <translation>Waiting for a decision</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Asked</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>Account label requests</source>
            <translation>Account label requests</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>Expires after</translation>
        </message>
        <message>
            <source>Note for the requester (optional)</source>
            <translation>Note for the requester (optional)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s)</source>
            <translation>
                <numerusform>%Ln request</numerusform>
                <numerusform>%Ln requests</numerusform>
            </translation>
        </message>
        <message>
            <source>Approved until %1.</source>
            <translation>Approved until %1.</translation>
        </message>
        <message>
            <source>Declined.</source>
            <translation>Declined.</translation>
        </message>
    </context>
    <context>
        <name>LeadChart</name>
        <message>
            <source>%1 %</source>
            <comment>a whole percentage</comment>
            <extracomment>how a value label reads (locale digits, translated units): the page decides</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>Nothing in this period</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a category and its value</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>LeadWindow</name>
        <message>
            <source>Team audit · %1 · Live Review Desk</source>
            <extracomment>an import ended: the summary or the problem, as shown</extracomment>
            <translation>Team audit · %1 · Live Review Desk</translation>
        </message>
        <message>
            <source>Loading the charts…</source>
            <translation>Loading the charts…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Audit chains</source>
            <translation>Audit chains</translation>
        </message>
        <message>
            <source>Guidelines</source>
            <translation>Guidelines</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Breaches</translation>
        </message>
        <message>
            <source>Account labels</source>
            <translation>Account labels</translation>
        </message>
        <message>
            <source>Weekly report…</source>
            <translation>Weekly report…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Import a disabled moderator's decisions…</source>
            <translation>Import a disabled moderator's decisions…</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Import a disabled moderator's decisions</source>
            <translation>Import a disabled moderator's decisions</translation>
        </message>
        <message>
            <source>Decision exports (*.json)</source>
            <translation>Decision exports (*.json)</translation>
        </message>
        <message>
            <source>This file is not a desk's decision export: %1</source>
            <translation>This file is not a desk's decision export: %1</translation>
        </message>
        <message>
            <source>Team audit</source>
            <translation>Team audit</translation>
        </message>
        <message>
            <source>History, audit chains, urgent guidelines and the team dashboard</source>
            <translation>History, audit chains, urgent guidelines and the team dashboard</translation>
        </message>
    </context>
    <context>
        <name>LiveLine</name>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds left, short</comment>
            <translation>
                <numerusform>%Ln s</numerusform>
                <numerusform>%Ln s</numerusform>
            </translation>
        </message>
        <message>
            <source>due in %1</source>
            <comment>the case's SLA deadline</comment>
            <translation>due in %1</translation>
        </message>
        <message>
            <source>overdue by %1</source>
            <comment>past the SLA deadline</comment>
            <translation>overdue by %1</translation>
        </message>
        <message>
            <source>LIVE</source>
            <comment>the stream is live now</comment>
            <translation>LIVE</translation>
        </message>
        <message>
            <source>ended</source>
            <comment>the stream has ended</comment>
            <translation>ended</translation>
        </message>
        <message numerus="yes">
            <source>%1 viewer(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation>
                <numerusform>%1 viewer</numerusform>
                <numerusform>%1 viewers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 report(s) in 5 min</source>
            <comment>velocity, a compact count</comment>
            <translation>
                <numerusform>%1 report in 5 min</numerusform>
                <numerusform>%1 reports in 5 min</numerusform>
            </translation>
        </message>
        <message>
            <source>reopened after “no violation”</source>
            <comment>new reports came in</comment>
            <translation>reopened after “no violation”</translation>
        </message>
        <message>
            <source> · </source>
            <comment>between the pieces of the line</comment>
            <translation> · </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only (no system keyring)</source>
            <extracomment>how often the taxonomy (and its announcements) is fetched again how long sign-out lets the sync thread finish its last upload and releases; past it the thread is given up, the crash marker stays and the decisions wait on this machine note the moderator's activity for lease renewal at most this often the service's /v1/info answer (its version, the newest desk it advertises)</extracomment>
            <translation>Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only (no system keyring)</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</source>
            <translation>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo</source>
            <translation>Live Review Desk — %1 (%2) · %3 · demo</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3</source>
            <translation>Live Review Desk — %1 (%2) · %3</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Queues</translation>
        </message>
        <message>
            <source>Back to the list of queues (pauses review)</source>
            <translation>Back to the list of queues (pauses review)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause (%1): stop the handle-time clock and give back undecided cases</source>
            <translation>Pause (%1): stop the handle-time clock and give back undecided cases</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>Sync problems</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Release unfinished cases, remove cached case content and forget the sign-in</source>
            <translation>Release unfinished cases, remove cached case content and forget the sign-in</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>The version of this desk, the case service and whom to ask for help</source>
            <translation>The version of this desk, the case service and whom to ask for help</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a person's name and role</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</source>
            <translation>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</translation>
        </message>
        <message>
            <source>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</source>
            <translation>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Resumed.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message numerus="yes">
            <source>Paused. %n undecided case(s) went back to the queue; the handle-time clock is stopped.</source>
            <translation>
                <numerusform>Paused. %n undecided case went back to the queue; the handle-time clock is stopped.</numerusform>
                <numerusform>Paused. %n undecided cases went back to the queue; the handle-time clock is stopped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) came back with a problem: see Sync problems.</source>
            <translation>
                <numerusform>%n decision came back with a problem: see Sync problems.</numerusform>
                <numerusform>%n decisions came back with a problem: see Sync problems.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your session ended. Please sign in again.</source>
            <translation>Your session ended. Please sign in again.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n held decision(s) written to %1</source>
            <translation>
                <numerusform>%n held decision written to %1</numerusform>
                <numerusform>%n held decisions written to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>You are signed out.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The case service did not answer in time.</source>
            <translation>The case service did not answer in time.</translation>
        </message>
        <message>
            <source>Still signing out. %1</source>
            <translation>Still signing out. %1</translation>
        </message>
        <message>
            <source>Signing out: removing cached case content…</source>
            <translation>Signing out: removing cached case content…</translation>
        </message>
        <message>
            <source>Signing out: ending your session with the service…</source>
            <translation>Signing out: ending your session with the service…</translation>
        </message>
    </context>
    <context>
        <name>MyEscalations</name>
        <message>
            <source>Your escalation of case %1 was resolved: %2 (by %3).</source>
            <extracomment>how often the watch reads the list (ms): an outcome is news, not an alarm roles that escalate cases (QA reviewers answer calibration items instead)</extracomment>
            <translation>Your escalation of case %1 was resolved: %2 (by %3).</translation>
        </message>
        <message numerus="yes">
            <source>%n of your escalations were resolved.</source>
            <translation>
                <numerusform>%n of your escalations were resolved.</numerusform>
                <numerusform>%n of your escalations were resolved.</numerusform>
            </translation>
        </message>
        <message>
            <source>My escalations</source>
            <translation>My escalations</translation>
        </message>
        <message>
            <source>Cases you escalated and the lead's outcome (%1)</source>
            <translation>Cases you escalated and the lead's outcome (%1)</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New calibration session</source>
            <translation>New calibration session</translation>
        </message>
        <message>
            <source>Week 48 golden set</source>
            <translation>Week 48 golden set</translation>
        </message>
        <message>
            <source>qa1, lead1</source>
            <comment>example user names</comment>
            <translation>qa1, lead1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Reviewers (user names)</source>
            <translation>Reviewers (user names)</translation>
        </message>
        <message>
            <source>Golden items</source>
            <translation>Golden items</translation>
        </message>
        <message>
            <source>Sampled live decisions</source>
            <translation>Sampled live decisions</translation>
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
    </context>
    <context>
        <name>PolicyPanel</name>
        <message>
            <source>Policy shortcut panel</source>
            <translation>Policy shortcut panel</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>each action's row (key chip, button, requirement hint), to hide per queue</extracomment>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>Policy version</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Policy area</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Decision note</source>
            <translation>Decision note</translation>
        </message>
        <message>
            <source>Note for the record</source>
            <translation>Note for the record</translation>
        </message>
        <message>
            <source>Escalation reason</source>
            <translation>Escalation reason</translation>
        </message>
        <message>
            <source>Decision message</source>
            <translation>Decision message</translation>
        </message>
        <message>
            <source>Policy version %1</source>
            <translation>Policy version %1</translation>
        </message>
        <message>
            <source>Key for %1: %2</source>
            <translation>Key for %1: %2</translation>
        </message>
        <message>
            <source>%1 (key %2)</source>
            <translation>%1 (key %2)</translation>
        </message>
        <message>
            <source>%1 needs: %2</source>
            <translation>%1 needs: %2</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>No policy area</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <comment>a key, then a policy area</comment>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>Policy area (keys %1–%2)</source>
            <translation>Policy area (keys %1–%2)</translation>
        </message>
        <message>
            <source>No escalation</source>
            <translation>No escalation</translation>
        </message>
        <message>
            <source>policy + note</source>
            <translation>policy + note</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>policy</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>%1 needs a policy area and a note.</source>
            <translation>%1 needs a policy area and a note.</translation>
        </message>
        <message>
            <source>%1 needs a policy area.</source>
            <translation>%1 needs a policy area.</translation>
        </message>
        <message>
            <source>%1 needs a note.</source>
            <translation>%1 needs a note.</translation>
        </message>
        <message>
            <source>Ready: press Enter in the note or press %1 again.</source>
            <translation>Ready: press Enter in the note or press %1 again.</translation>
        </message>
        <message>
            <source>Ready: press %1 again.</source>
            <translation>Ready: press %1 again.</translation>
        </message>
    </context>
    <context>
        <name>PriorSection</name>
        <message>
            <source>Prior enforcement</source>
            <translation>Prior enforcement</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 — %4</source>
            <translation>%1 · %2 · %3 — %4</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>+%Ln earlier</source>
            <translation>
                <numerusform>+%Ln earlier</numerusform>
                <numerusform>+%Ln earlier</numerusform>
            </translation>
        </message>
        <message>
            <source>None on record</source>
            <translation>None on record</translation>
        </message>
        <message>
            <source>Prior enforcement (%1)</source>
            <translation>Prior enforcement (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Held on this desk: the service kept refusing it</source>
            <translation>Held on this desk: the service kept refusing it</translation>
        </message>
        <message>
            <source>Conflict: someone else decided this case</source>
            <translation>Conflict: someone else decided this case</translation>
        </message>
        <message>
            <source>Refused: decision id reused (client problem, please report)</source>
            <translation>Refused: decision id reused (client problem, please report)</translation>
        </message>
        <message>
            <source>Rejected by the service</source>
            <translation>Rejected by the service</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Sync problems · Live Review Desk</source>
            <extracomment>the ids of the held decisions to put back in the outbox the file to write the held decisions to, for support</extracomment>
            <translation>Sync problems · Live Review Desk</translation>
        </message>
        <message>
            <source>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</source>
            <translation>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</translation>
        </message>
        <message>
            <source>No problems: every decision was accepted.</source>
            <translation>No problems: every decision was accepted.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n held decision(s) again</source>
            <translation>
                <numerusform>Send %n held decision again</numerusform>
                <numerusform>Send %n held decisions again</numerusform>
            </translation>
        </message>
        <message>
            <source>Export held decisions for support…</source>
            <translation>Export held decisions for support…</translation>
        </message>
        <message>
            <source>Writes the held decisions and the service's answers to a file for your team lead or support; the decisions stay on this computer.</source>
            <translation>Writes the held decisions and the service's answers to a file for your team lead or support; the decisions stay on this computer.</translation>
        </message>
        <message>
            <source>Export held decisions</source>
            <extracomment>asks where to write the export ('' when the person cancels); a test replaces it</extracomment>
            <translation>Export held decisions</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Sending again…</source>
            <translation>Sending again…</translation>
        </message>
    </context>
    <context>
        <name>QaResult</name>
        <message>
            <source>upheld</source>
            <extracomment>a failed item fetch (offline) is tried again after this long</extracomment>
            <translation>upheld</translation>
        </message>
        <message>
            <source>overturned</source>
            <translation>overturned</translation>
        </message>
        <message>
            <source>open, waiting for a lead</source>
            <translation>open, waiting for a lead</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation>accepted</translation>
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation>rejected</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>an action, then its policy areas</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>QaResultsPage</name>
        <message>
            <source>My QA results</source>
            <translation>My QA results</translation>
        </message>
        <message>
            <source>QA reviewers re-review a sample of decided cases blind. An overturned decision can be disputed with a note; your team lead decides.</source>
            <translation>QA reviewers re-review a sample of decided cases blind. An overturned decision can be disputed with a note; your team lead decides.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Your decision</translation>
        </message>
        <message>
            <source>QA decision</source>
            <translation>QA decision</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Dispute</translation>
        </message>
        <message>
            <source>QA results</source>
            <translation>QA results</translation>
        </message>
        <message>
            <source>Dispute note</source>
            <translation>Dispute note</translation>
        </message>
        <message>
            <source>Why the decision was right (a lead reads this)</source>
            <translation>Why the decision was right (a lead reads this)</translation>
        </message>
        <message>
            <source>Dispute this overturn</source>
            <translation>Dispute this overturn</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>%1 → %2 after dispute</source>
            <translation>%1 → %2 after dispute</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1, %2 overturned.</source>
            <comment>QA results, how many of them overturned</comment>
            <translation>%1, %2 overturned.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln QA result(s)</source>
            <translation>
                <numerusform>%Ln QA result</numerusform>
                <numerusform>%Ln QA results</numerusform>
            </translation>
        </message>
        <message>
            <source>No QA results yet.</source>
            <translation>No QA results yet.</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>Hello, %1</source>
            <translation>Hello, %1</translation>
        </message>
        <message>
            <source>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</source>
            <translation>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Queues</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>Oldest case</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>Target (SLA)</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <source>Start reviewing</source>
            <translation>Start reviewing</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>No queue is open to you right now. Ask your team lead.</source>
            <translation>No queue is open to you right now. Ask your team lead.</translation>
        </message>
    </context>
    <context>
        <name>QueuesPage</name>
        <message>
            <source>Queues</source>
            <extracomment>the weights' fields in the form's order (contract.QueueWeightsSet) what the form's lists offer, read with the queues: (teams, vendors, actions as (code, label)) the undo is never hidden (the service refuses it): a retract stays possible everywhere</extracomment>
            <translation>Queues</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>SLA (min)</source>
            <translation>SLA (min)</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Vendors</translation>
        </message>
        <message>
            <source>Hidden actions</source>
            <translation>Hidden actions</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Queue id</source>
            <translation>Queue id</translation>
        </message>
        <message>
            <source>SLA in minutes</source>
            <translation>SLA in minutes</translation>
        </message>
        <message>
            <source>Weight of live</source>
            <translation>Weight of live</translation>
        </message>
        <message>
            <source>Weight of the audience tier</source>
            <translation>Weight of the audience tier</translation>
        </message>
        <message>
            <source>Weight of a report in the last 5 minutes</source>
            <translation>Weight of a report in the last 5 minutes</translation>
        </message>
        <message>
            <source>Weight of severity</source>
            <translation>Weight of severity</translation>
        </message>
        <message>
            <source>Deadline near, in seconds</source>
            <translation>Deadline near, in seconds</translation>
        </message>
        <message>
            <source>Teams that may pull</source>
            <translation>Teams that may pull</translation>
        </message>
        <message>
            <source>Vendors that may pull</source>
            <translation>Vendors that may pull</translation>
        </message>
        <message>
            <source>&amp;Teams (none: everyone)</source>
            <translation>&amp;Teams (none: everyone)</translation>
        </message>
        <message>
            <source>V&amp;endors (none: everyone)</source>
            <translation>V&amp;endors (none: everyone)</translation>
        </message>
        <message>
            <source>&amp;Hidden actions</source>
            <translation>&amp;Hidden actions</translation>
        </message>
        <message>
            <source>Queue &amp;id:</source>
            <translation>Queue &amp;id:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;SLA (minutes):</source>
            <translation>&amp;SLA (minutes):</translation>
        </message>
        <message>
            <source>Weight: &amp;live:</source>
            <translation>Weight: &amp;live:</translation>
        </message>
        <message>
            <source>Weight: &amp;audience tier:</source>
            <translation>Weight: &amp;audience tier:</translation>
        </message>
        <message>
            <source>Weight: &amp;reports (5 min):</source>
            <translation>Weight: &amp;reports (5 min):</translation>
        </message>
        <message>
            <source>Weight: se&amp;verity:</source>
            <translation>Weight: se&amp;verity:</translation>
        </message>
        <message>
            <source>&amp;Deadline near (seconds):</source>
            <translation>&amp;Deadline near (seconds):</translation>
        </message>
        <message>
            <source>Create queue</source>
            <translation>Create queue</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>escalation</source>
            <translation>escalation</translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation>
                <numerusform>%n queue</numerusform>
                <numerusform>%n queues</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the fields: a lower-case queue id (letters, digits, hyphens, underscores) and a name.</source>
            <translation>Check the fields: a lower-case queue id (letters, digits, hyphens, underscores) and a name.</translation>
        </message>
        <message>
            <source>The queue was created.</source>
            <translation>The queue was created.</translation>
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation>The changes were saved.</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>Harassment and bullying</source>
            <extracomment>report reasons and prior enforcement's policy codes (the taxonomy's policy areas)</extracomment>
            <translation>Harassment and bullying</translation>
        </message>
        <message>
            <source>Hateful behavior</source>
            <translation>Hateful behavior</translation>
        </message>
        <message>
            <source>Violent and graphic content</source>
            <translation>Violent and graphic content</translation>
        </message>
        <message>
            <source>Sexual content and nudity</source>
            <translation>Sexual content and nudity</translation>
        </message>
        <message>
            <source>Minor safety</source>
            <translation>Minor safety</translation>
        </message>
        <message>
            <source>Dangerous acts and challenges</source>
            <translation>Dangerous acts and challenges</translation>
        </message>
        <message>
            <source>Illegal goods and activities</source>
            <translation>Illegal goods and activities</translation>
        </message>
        <message>
            <source>Spam and scams</source>
            <translation>Spam and scams</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>Intellectual property</translation>
        </message>
        <message>
            <source>Integrity and authenticity</source>
            <translation>Integrity and authenticity</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Reports (%1)</source>
            <translation>Reports (%1)</translation>
        </message>
        <message>
            <source>%1 ×%2 · %3–%4 · at %5</source>
            <translation>%1 ×%2 · %3–%4 · at %5</translation>
        </message>
        <message>
            <source>%1 ×%2 · %3–%4</source>
            <translation>%1 ×%2 · %3–%4</translation>
        </message>
        <message>
            <source>%1 — “%2”</source>
            <translation>%1 — “%2”</translation>
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation>%1 ×%2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the reasons of a list</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>+%Ln more: %1</source>
            <translation>
                <numerusform>+%Ln more: %1</numerusform>
                <numerusform>+%Ln more: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No user reports (proactive detection)</source>
            <translation>No user reports (proactive detection)</translation>
        </message>
    </context>
    <context>
        <name>RevealLevels</name>
        <message>
            <source>Blurred (hold shows grey)</source>
            <extracomment>most protective first; the index is the strictness order marked for translation: the client shows them with translate_marked("RevealLevels", …)</extracomment>
            <translation>Blurred (hold shows grey)</translation>
        </message>
        <message>
            <source>Blurred, hold to reveal</source>
            <translation>Blurred, hold to reveal</translation>
        </message>
        <message>
            <source>Grayscale, hold for colour</source>
            <translation>Grayscale, hold for colour</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Paused. Your undecided cases went back to the queue.</source>
            <extracomment>queue id -&gt; actions an admin hid there (GET /v1/queues): left off the panel the high-profile confirmation while it is open</extracomment>
            <translation>Paused. Your undecided cases went back to the queue.</translation>
        </message>
        <message>
            <source>Getting the next cases…</source>
            <translation>Getting the next cases…</translation>
        </message>
        <message>
            <source>Choose a queue to start.</source>
            <translation>Choose a queue to start.</translation>
        </message>
        <message>
            <source>The chat log could not be read from the cache.</source>
            <translation>The chat log could not be read from the cache.</translation>
        </message>
        <message>
            <source>No cases are waiting in this queue right now; checking again shortly.</source>
            <translation>No cases are waiting in this queue right now; checking again shortly.</translation>
        </message>
        <message>
            <source>No case on screen.</source>
            <translation>No case on screen.</translation>
        </message>
        <message>
            <source>Read and acknowledge the urgent guideline update above before deciding.</source>
            <translation>Read and acknowledge the urgent guideline update above before deciding.</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>Not recorded: %1</translation>
        </message>
        <message>
            <source>%1 recorded · %2 undoes it for %3</source>
            <translation>%1 recorded · %2 undoes it for %3</translation>
        </message>
        <message>
            <source>%1: %2 recorded · %3 undoes it for %4</source>
            <translation>%1: %2 recorded · %3 undoes it for %4</translation>
        </message>
        <message numerus="yes">
            <source>%n chat action(s)</source>
            <translation>
                <numerusform>%n chat action</numerusform>
                <numerusform>%n chat actions</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo: a decision can be undone for %1.</source>
            <translation>Nothing to undo: a decision can be undone for %1.</translation>
        </message>
        <message>
            <source>Undo failed: %1</source>
            <translation>Undo failed: %1</translation>
        </message>
        <message>
            <source>Undone: %1 was retracted.</source>
            <translation>Undone: %1 was retracted.</translation>
        </message>
        <message>
            <source>Undone: %1 (%2).</source>
            <translation>Undone: %1 (%2).</translation>
        </message>
        <message>
            <source>No case on screen to skip.</source>
            <translation>No case on screen to skip.</translation>
        </message>
        <message>
            <source>Skip cancelled.</source>
            <translation>Skip cancelled.</translation>
        </message>
        <message>
            <source>Skipped (%1). The case went back to the queue.</source>
            <translation>Skipped (%1). The case went back to the queue.</translation>
        </message>
        <message>
            <source>Guideline update acknowledged.</source>
            <translation>Guideline update acknowledged.</translation>
        </message>
        <message>
            <source>Acknowledged. One more update to read.</source>
            <translation>Acknowledged. One more update to read.</translation>
        </message>
        <message>
            <source>Review is paused. Press Resume to continue.</source>
            <translation>Review is paused. Press Resume to continue.</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Last sync: not yet</source>
            <extracomment>show the lease countdown as a warning below this many seconds</extracomment>
            <translation>Last sync: not yet</translation>
        </message>
        <message>
            <source>Last sync: just now</source>
            <translation>Last sync: just now</translation>
        </message>
        <message numerus="yes">
            <source>Last sync: %Ln s ago</source>
            <translation>
                <numerusform>Last sync: %Ln s ago</numerusform>
                <numerusform>Last sync: %Ln s ago</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>Connection</source>
            <extracomment>the sync engine failed and restarts at this time (cleared by the next report) the sync thread gave up: this text stays until the window goes</extracomment>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation>Waiting to sync</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Lease</source>
            <translation>Lease</translation>
        </message>
        <message>
            <source>No cases leased</source>
            <translation>No cases leased</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>Policy version</translation>
        </message>
        <message>
            <source>Disk space</source>
            <extracomment>shown only while the data folder's disk is almost full</extracomment>
            <translation>Disk space</translation>
        </message>
        <message>
            <source>Newer version</source>
            <extracomment>a newer desk is advertised: a calm note, not a warning (shown only then)</extracomment>
            <translation>Newer version</translation>
        </message>
        <message>
            <source>No sync problems</source>
            <translation>No sync problems</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>Sync problems</translation>
        </message>
        <message>
            <source>Policy %1</source>
            <translation>Policy %1</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %Ln sync problem(s)</source>
            <translation>
                <numerusform>⚠ %Ln sync problem</numerusform>
                <numerusform>⚠ %Ln sync problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting to sync</source>
            <translation>
                <numerusform>%Ln waiting to sync</numerusform>
                <numerusform>%Ln waiting to sync</numerusform>
            </translation>
        </message>
        <message>
            <source>Disk full: cases cannot be saved</source>
            <translation>Disk full: cases cannot be saved</translation>
        </message>
        <message>
            <source>Disk almost full: %1 MB free</source>
            <translation>Disk almost full: %1 MB free</translation>
        </message>
        <message>
            <source>Free some space: a decision that cannot be saved is refused, not lost.</source>
            <translation>Free some space: a decision that cannot be saved is refused, not lost.</translation>
        </message>
        <message numerus="yes">
            <source>Sync stopped: restarting in %Ln s</source>
            <translation>
                <numerusform>Sync stopped: restarting in %Ln s</numerusform>
                <numerusform>Sync stopped: restarting in %Ln s</numerusform>
            </translation>
        </message>
        <message>
            <source>Client too old: update needed</source>
            <translation>Client too old: update needed</translation>
        </message>
        <message>
            <source>Signed out by the service</source>
            <translation>Signed out by the service</translation>
        </message>
        <message numerus="yes">
            <source>● Online: %Ln decision(s) being retried alone</source>
            <translation>
                <numerusform>● Online: %Ln decision being retried alone</numerusform>
                <numerusform>● Online: %Ln decisions being retried alone</numerusform>
            </translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source>● Offline: work is kept</source>
            <translation>● Offline: work is kept</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>%1 · clock off by %2</source>
            <comment>the last sync, then the clock skew</comment>
            <translation>%1 · clock off by %2</translation>
        </message>
        <message>
            <source>Lease ended</source>
            <translation>Lease ended</translation>
        </message>
        <message>
            <source>Lease %1</source>
            <translation>Lease %1</translation>
        </message>
        <message>
            <source>● Online: uploads failing, retrying</source>
            <translation>● Online: uploads failing, retrying</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>QA reviewer</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
    </context>
    <context>
        <name>SamplingPage</name>
        <message>
            <source>QA sampling</source>
            <translation>QA sampling</translation>
        </message>
        <message>
            <source>The share of each queue's decisions that enters the QA pool. Escalated decisions always enter it.</source>
            <translation>The share of each queue's decisions that enters the QA pool. Escalated decisions always enter it.</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>Sampled</translation>
        </message>
        <message>
            <source>Sampling rates</source>
            <translation>Sampling rates</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Sampling rate in percent</source>
            <translation>Sampling rate in percent</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>Set rate</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation>
                <numerusform>%n queue</numerusform>
                <numerusform>%n queues</numerusform>
            </translation>
        </message>
        <message>
            <source>The rate was set.</source>
            <translation>The rate was set.</translation>
        </message>
    </context>
    <context>
        <name>SessionListPage</name>
        <message>
            <source>Calibration sessions</source>
            <translation>Calibration sessions</translation>
        </message>
        <message>
            <source>Items are shown blind: decide each as you would a live case. Answers are kept on this computer first and sent as soon as the service is reachable.</source>
            <translation>Items are shown blind: decide each as you would a live case. Answers are kept on this computer first and sent as soon as the service is reachable.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Open session</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>report (%1)</source>
            <translation>report (%1)</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>submitted</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>No calibration session is assigned to you right now.</source>
            <translation>No calibration session is assigned to you right now.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Settings · Live Review Desk</source>
            <translation>Settings · Live Review Desk</translation>
        </message>
        <message>
            <source>Decision keys</source>
            <translation>Decision keys</translation>
        </message>
        <message>
            <source>Key problem</source>
            <translation>Key problem</translation>
        </message>
        <message>
            <source>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</source>
            <translation>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</translation>
        </message>
        <message>
            <source>Use the service's keys</source>
            <translation>Use the service's keys</translation>
        </message>
        <message>
            <source>Sensitive media (staged reveal)</source>
            <translation>Sensitive media (staged reveal)</translation>
        </message>
        <message>
            <source>Reveal level for %1</source>
            <translation>Reveal level for %1</translation>
        </message>
        <message>
            <source>Team default: %1</source>
            <translation>Team default: %1</translation>
        </message>
        <message>
            <source>Reveal level for sensitive media without an area</source>
            <translation>Reveal level for sensitive media without an area</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>No policy area</translation>
        </message>
        <message>
            <source>Breaks, lock and look</source>
            <translation>Breaks, lock and look</translation>
        </message>
        <message>
            <source>Break reminder after minutes of sensitive media</source>
            <translation>Break reminder after minutes of sensitive media</translation>
        </message>
        <message>
            <source> min</source>
            <comment>a spin box's unit, after the number</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Lock after minutes without activity</source>
            <translation>Lock after minutes without activity</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Scales every window's text</source>
            <translation>Scales every window's text</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Break reminder after</source>
            <translation>&amp;Break reminder after</translation>
        </message>
        <message>
            <source>Lock when &amp;idle for</source>
            <translation>Lock when &amp;idle for</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>Text si&amp;ze</source>
            <translation>Text si&amp;ze</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>A new language applies from your next sign-in.</source>
            <translation>A new language applies from your next sign-in.</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Save (%1)</translation>
        </message>
        <message>
            <source>Not changed. %1.</source>
            <translation>Not changed. %1.</translation>
        </message>
        <message>
            <source>Settings were not saved: %1</source>
            <translation>Settings were not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>(needs a policy area and a note)</source>
            <translation>(needs a policy area and a note)</translation>
        </message>
        <message>
            <source>(needs a policy area)</source>
            <translation>(needs a policy area)</translation>
        </message>
        <message>
            <source>(needs a note)</source>
            <translation>(needs a note)</translation>
        </message>
        <message>
            <source>Decisions (one key records the decision and shows the next case):</source>
            <translation>Decisions (one key records the decision and shows the next case):</translation>
        </message>
        <message>
            <source>Policy areas (pick before the action):</source>
            <translation>Policy areas (pick before the action):</translation>
        </message>
        <message>
            <source>In the chat (click or Tab into it; Shift selects several):</source>
            <translation>In the chat (click or Tab into it; Shift selects several):</translation>
        </message>
        <message>
            <source>Keys do nothing while you type in a text field; Esc leaves the field.</source>
            <translation>Keys do nothing while you type in a text field; Esc leaves the field.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts · Live Review Desk</source>
            <translation>Keyboard shortcuts · Live Review Desk</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last decision (within the undo window)</source>
            <extracomment>a key in portable text ("Ctrl+Return"), or a platform's standard key (Find) ``install`` context of a key that acts only while its widget has the focus</extracomment>
            <translation>Undo the last decision (within the undo window)</translation>
        </message>
        <message>
            <source>Skip the case (asks for a reason)</source>
            <translation>Skip the case (asks for a reason)</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot clearly</source>
            <translation>Hold to see a blurred snapshot clearly</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>Previous / next snapshot</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pause or resume</translation>
        </message>
        <message>
            <source>Settings: keys, sensitive media, breaks, lock, theme</source>
            <translation>Settings: keys, sensitive media, breaks, lock, theme</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>This list</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <extracomment>the chat pane</extracomment>
            <translation>Search the chat</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>In the chat: that author's messages</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>Clear the chat filter, leave a text field</translation>
        </message>
        <message>
            <source>In the chat: remove the messages</source>
            <extracomment>actions on the chat (while the chat table has the focus), and the raid helper</extracomment>
            <translation>In the chat: remove the messages</translation>
        </message>
        <message>
            <source>In the chat: time their authors out</source>
            <translation>In the chat: time their authors out</translation>
        </message>
        <message>
            <source>In the chat: ban their authors from this streamer's chat</source>
            <translation>In the chat: ban their authors from this streamer's chat</translation>
        </message>
        <message>
            <source>In the chat: select a raid (new accounts, same text)</source>
            <translation>In the chat: select a raid (new accounts, same text)</translation>
        </message>
        <message>
            <source>In the chat: jump to the newest messages (live stream)</source>
            <translation>In the chat: jump to the newest messages (live stream)</translation>
        </message>
        <message>
            <source>Submit the calibration session</source>
            <extracomment>Return, and Enter on the keypad</extracomment>
            <translation>Submit the calibration session</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Save the settings</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in · Live Review Desk</source>
            <translation>Sign in · Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Demo: a case service with seeded cases runs on this computer.</source>
            <translation>Demo: a case service with seeded cases runs on this computer.</translation>
        </message>
        <message>
            <source>Sign in to review Live cases.</source>
            <translation>Sign in to review Live cases.</translation>
        </message>
        <message>
            <source>Case service</source>
            <translation>Case service</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>https://review.example.com</source>
            <translation>https://review.example.com</translation>
        </message>
        <message>
            <source>Case service address</source>
            <translation>Case service address</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>your user name</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Repeat it</translation>
        </message>
        <message>
            <source>Repeat the new password</source>
            <translation>Repeat the new password</translation>
        </message>
        <message>
            <source>Set by your IT department for this computer.</source>
            <translation>Set by your IT department for this computer.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation>About Live Review Desk</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation>Choose a new password of at least %1 characters.</translation>
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation>The two new passwords differ: type the same one twice.</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>Signing in to %1…</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</translation>
        </message>
    </context>
    <context>
        <name>SigningOutPage</name>
        <message>
            <source>Signing out: releasing cases…</source>
            <translation>Signing out: releasing cases…</translation>
        </message>
        <message numerus="yes">
            <source>Signing out: sending %n decision(s), releasing cases…</source>
            <translation>
                <numerusform>Signing out: sending %n decision, releasing cases…</numerusform>
                <numerusform>Signing out: sending %n decisions, releasing cases…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The case service did not answer in time: %n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>The case service did not answer in time: %n decision will stay on this machine and go to the service after your next sign-in.</numerusform>
                <numerusform>The case service did not answer in time: %n decisions will stay on this machine and go to the service after your next sign-in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>%n decision will stay on this machine and go to the service after your next sign-in.</numerusform>
                <numerusform>%n decisions will stay on this machine and go to the service after your next sign-in.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</source>
            <translation>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</translation>
        </message>
    </context>
    <context>
        <name>SkipReasonDialog</name>
        <message>
            <source>Skip this case</source>
            <extracomment>cases whose detail and chat are made ready ahead of the one on screen</extracomment>
            <translation>Skip this case</translation>
        </message>
        <message>
            <source>Why are you skipping this case? It goes back to the queue.</source>
            <translation>Why are you skipping this case? It goes back to the queue.</translation>
        </message>
        <message>
            <source>Press a number, or pick a reason and press Enter. Esc cancels.</source>
            <translation>Press a number, or pick a reason and press Enter. Esc cancels.</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>Skip reasons</translation>
        </message>
        <message>
            <source>Skip case</source>
            <translation>Skip case</translation>
        </message>
    </context>
    <context>
        <name>SnapshotStrip</name>
        <message>
            <source>Snapshot strip</source>
            <extracomment>thumbnails kept scaled to their cells: the case on screen and a few prepared ahead</extracomment>
            <translation>Snapshot strip</translation>
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation>
                <numerusform>%Ln snapshot</numerusform>
                <numerusform>%Ln snapshots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SnapshotViewer</name>
        <message>
            <source>%1 %2</source>
            <comment>a classifier label and its score</comment>
            <extracomment>blur_gray (the wellbeing level "blurred"): blurred at rest, grey (never colour) while held</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Snapshot viewer</source>
            <translation>Snapshot viewer</translation>
        </message>
        <message>
            <source>No snapshot</source>
            <translation>No snapshot</translation>
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation>Hold %1 or the mouse button to view</translation>
        </message>
        <message>
            <source>Snapshot not shown</source>
            <translation>Snapshot not shown</translation>
        </message>
        <message>
            <source>Loading snapshot…</source>
            <translation>Loading snapshot…</translation>
        </message>
        <message>
            <source>Sensitive: %1</source>
            <translation>Sensitive: %1</translation>
        </message>
        <message>
            <source>Snapshot at %1, not flagged</source>
            <translation>Snapshot at %1, not flagged</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown blurred</source>
            <translation>Snapshot at %1, sensitive, shown blurred</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in grey</source>
            <translation>Snapshot at %1, sensitive, shown in grey</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in colour</source>
            <translation>Snapshot at %1, sensitive, shown in colour</translation>
        </message>
    </context>
    <context>
        <name>StreamCategories</name>
        <message>
            <source>Just Chatting</source>
            <extracomment>the platform's stream categories, by the name the service sends</extracomment>
            <translation>Just Chatting</translation>
        </message>
        <message>
            <source>Gaming</source>
            <translation>Gaming</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Music</translation>
        </message>
        <message>
            <source>Cooking</source>
            <translation>Cooking</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <source>IRL</source>
            <translation>IRL</translation>
        </message>
        <message>
            <source>Talk Shows</source>
            <translation>Talk Shows</translation>
        </message>
        <message>
            <source>ASMR</source>
            <translation>ASMR</translation>
        </message>
        <message>
            <source>Fitness</source>
            <translation>Fitness</translation>
        </message>
        <message>
            <source>Crypto &amp; Finance</source>
            <translation>Crypto &amp; Finance</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>Sports</translation>
        </message>
        <message>
            <source>Movies &amp; TV</source>
            <translation>Movies &amp; TV</translation>
        </message>
    </context>
    <context>
        <name>SyncThread</name>
        <message numerus="yes">
            <source>Sync stopped after %n error(s) in 10 minutes (run “reviewer doctor” for details).</source>
            <extracomment>never sleep longer than this between rounds (status bar freshness, lease countdown) store state key: releases (skips) asked for and not yet done on the service threads given up at sign-out, kept alive (not owned by any window) until they end at quit, how long to let given-up threads end (a QThread destroyed while it runs aborts the process; its store writes are transactions either way) the engine failed and restarts in this many seconds (the status bar counts down)</extracomment>
            <translation>
                <numerusform>Sync stopped after %n error in 10 minutes (run “reviewer doctor” for details).</numerusform>
                <numerusform>Sync stopped after %n errors in 10 minutes (run “reviewer doctor” for details).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>A table: the arrow keys move between rows and cells</source>
            <translation>A table: the arrow keys move between rows and cells</translation>
        </message>
        <message>
            <source>Alt+Down lists the choices</source>
            <translation>Alt+Down lists the choices</translation>
        </message>
    </context>
    <context>
        <name>TaxonomyPage</name>
        <message>
            <source>Policy taxonomy</source>
            <extracomment>the editable columns of the actions table (code is column 0, read-only) the editable columns of the areas table</extracomment>
            <translation>Policy taxonomy</translation>
        </message>
        <message>
            <source>Draft a new version from the current one, edit it, check the differences and publish it. Desks take a published version at their next policy refresh.</source>
            <translation>Draft a new version from the current one, edit it, check the differences and publish it. Desks take a published version at their next policy refresh.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Needs a policy area</source>
            <translation>Needs a policy area</translation>
        </message>
        <message>
            <source>Needs a note</source>
            <translation>Needs a note</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Media reveal</source>
            <translation>Media reveal</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>Policy areas</translation>
        </message>
        <message>
            <source>Flagged terms, one a line:</source>
            <translation>Flagged terms, one a line:</translation>
        </message>
        <message>
            <source>Flagged terms</source>
            <translation>Flagged terms</translation>
        </message>
        <message>
            <source>Differences from the current version</source>
            <translation>Differences from the current version</translation>
        </message>
        <message>
            <source>New &amp;draft</source>
            <translation>New &amp;draft</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>&amp;Save draft</translation>
        </message>
        <message>
            <source>Show di&amp;fferences</source>
            <translation>Show di&amp;fferences</translation>
        </message>
        <message>
            <source>&amp;Publish…</source>
            <translation>&amp;Publish…</translation>
        </message>
        <message>
            <source>Publish the taxonomy</source>
            <translation>Publish the taxonomy</translation>
        </message>
        <message>
            <source>Taxonomy</source>
            <translation>Taxonomy</translation>
        </message>
        <message>
            <source>Current version: %1</source>
            <translation>Current version: %1</translation>
        </message>
        <message>
            <source>Draft %1 (the current version is %2)</source>
            <translation>Draft %1 (the current version is %2)</translation>
        </message>
        <message>
            <source>Published version %1 (current: %2); make a draft to change it</source>
            <translation>Published version %1 (current: %2); make a draft to change it</translation>
        </message>
        <message>
            <source>No differences from version %1.</source>
            <translation>No differences from version %1.</translation>
        </message>
        <message>
            <source>Changes from version %1 to %2:</source>
            <translation>Changes from version %1 to %2:</translation>
        </message>
        <message>
            <source>%1 %2: added</source>
            <translation>%1 %2: added</translation>
        </message>
        <message>
            <source>%1 %2: removed</source>
            <translation>%1 %2: removed</translation>
        </message>
        <message>
            <source>%1 %2: %3 changed from “%4” to “%5”</source>
            <translation>%1 %2: %3 changed from “%4” to “%5”</translation>
        </message>
        <message>
            <source>Publish version %1? It never changes after this; desks switch to it at their next policy refresh.</source>
            <translation>Publish version %1? It never changes after this; desks switch to it at their next policy refresh.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Stream timeline</source>
            <translation>Stream timeline</translation>
        </message>
        <message>
            <source>%1, %2, %3 over %4</source>
            <comment>snapshots, reports, flagged messages, duration</comment>
            <translation>%1, %2, %3 over %4</translation>
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation>
                <numerusform>%Ln snapshot</numerusform>
                <numerusform>%Ln snapshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln report(s)</source>
            <translation>
                <numerusform>%Ln report</numerusform>
                <numerusform>%Ln reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln flagged message(s)</source>
            <translation>
                <numerusform>%Ln flagged message</numerusform>
                <numerusform>%Ln flagged messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TooOldPage</name>
        <message>
            <source>Installed version: %1. The case service needs %2 or newer.</source>
            <translation>Installed version: %1. The case service needs %2 or newer.</translation>
        </message>
        <message>
            <source>Installed version: %1. The case service needs a newer one.</source>
            <translation>Installed version: %1. The case service needs a newer one.</translation>
        </message>
        <message>
            <source>Every decision you made has reached the service.</source>
            <translation>Every decision you made has reached the service.</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) not sent yet are kept on this computer; the newer version sends them when you sign in with it.</source>
            <translation>
                <numerusform>%n decision not sent yet are kept on this computer; the newer version sends them when you sign in with it.</numerusform>
                <numerusform>%n decisions not sent yet are kept on this computer; the newer version sends them when you sign in with it.</numerusform>
            </translation>
        </message>
        <message>
            <source>This version is too old</source>
            <translation>This version is too old</translation>
        </message>
        <message>
            <source>This version of Live Review Desk is too old</source>
            <translation>This version of Live Review Desk is too old</translation>
        </message>
        <message>
            <source>Ask your IT department to install the newer version. %1</source>
            <translation>Ask your IT department to install the newer version. %1</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>QA reviewer</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Review languages</source>
            <translation>Review languages</translation>
        </message>
        <message>
            <source>e.g. en, es</source>
            <translation>e.g. en, es</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Display name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>&amp;Vendor:</translation>
        </message>
        <message>
            <source>Review &amp;languages:</source>
            <translation>Review &amp;languages:</translation>
        </message>
        <message>
            <source>Tem&amp;porary password:</source>
            <translation>Tem&amp;porary password:</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>Create user</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Enable</translation>
        </message>
        <message>
            <source>Fill in every field: lower-case user name, team and vendor, two-letter language codes and a temporary password of at least 10 characters.</source>
            <translation>Fill in every field: lower-case user name, team and vendor, two-letter language codes and a temporary password of at least 10 characters.</translation>
        </message>
        <message>
            <source>The account was created.</source>
            <translation>The account was created.</translation>
        </message>
        <message>
            <source>Check the fields: lower-case team and vendor, two-letter language codes.</source>
            <translation>Check the fields: lower-case team and vendor, two-letter language codes.</translation>
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation>The changes were saved.</translation>
        </message>
        <message>
            <source>The account was disabled: its sessions have ended.</source>
            <translation>The account was disabled: its sessions have ended.</translation>
        </message>
        <message>
            <source>The account was enabled.</source>
            <translation>The account was enabled.</translation>
        </message>
        <message>
            <source>Type a temporary password of at least 10 characters.</source>
            <translation>Type a temporary password of at least 10 characters.</translation>
        </message>
        <message>
            <source>The password was reset: the account must choose a new one at its next sign-in.</source>
            <translation>The password was reset: the account must choose a new one at its next sign-in.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReport</name>
        <message>
            <source>Cases</source>
            <extracomment>how a figure prints on the page (the CSV keeps the raw value) a code (action, policy area, reason) -&gt; its label; unknown codes print as words</extracomment>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Staffed hours</source>
            <translation>Staffed hours</translation>
        </message>
        <message>
            <source>Cases per staffed hour</source>
            <translation>Cases per staffed hour</translation>
        </message>
        <message>
            <source>Handle time, mean</source>
            <translation>Handle time, mean</translation>
        </message>
        <message>
            <source>Handle time, 90th percentile</source>
            <translation>Handle time, 90th percentile</translation>
        </message>
        <message>
            <source>SLA attainment</source>
            <translation>SLA attainment</translation>
        </message>
        <message>
            <source>QA agreement</source>
            <translation>QA agreement</translation>
        </message>
        <message>
            <source>QA reviewed decisions</source>
            <translation>QA reviewed decisions</translation>
        </message>
        <message>
            <source>Overturn rate</source>
            <translation>Overturn rate</translation>
        </message>
        <message>
            <source>Urgent guidelines</source>
            <translation>Urgent guidelines</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>Acknowledged within a day</source>
            <translation>Acknowledged within a day</translation>
        </message>
        <message>
            <source>Late acknowledgements</source>
            <translation>Late acknowledgements</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>Case decisions</translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>Chat actions</translation>
        </message>
        <message>
            <source>Escalations by reason</source>
            <translation>Escalations by reason</translation>
        </message>
        <message>
            <source>Overturns by policy area</source>
            <translation>Overturns by policy area</translation>
        </message>
        <message>
            <source>Overturn examples</source>
            <translation>Overturn examples</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>Week %1</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>The week before</translation>
        </message>
        <message>
            <source>QA reason</source>
            <translation>QA reason</translation>
        </message>
        <message>
            <source>everyone in scope</source>
            <translation>everyone in scope</translation>
        </message>
        <message>
            <source>Weekly report %1: %2</source>
            <translation>Weekly report %1: %2</translation>
        </message>
        <message>
            <source>Week counted from %1 to %2 in the time zone %3.</source>
            <translation>Week counted from %1 to %2 in the time zone %3.</translation>
        </message>
        <message>
            <source>None in either week.</source>
            <translation>None in either week.</translation>
        </message>
        <message>
            <source>Action mix</source>
            <translation>Action mix</translation>
        </message>
        <message>
            <source>Dark bars: %1. Light bars: the week before.</source>
            <translation>Dark bars: %1. Light bars: the week before.</translation>
        </message>
        <message>
            <source>No overturned decision this week.</source>
            <translation>No overturned decision this week.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>Policy areas</translation>
        </message>
        <message>
            <source>Moderator's note</source>
            <translation>Moderator's note</translation>
        </message>
        <message>
            <source>Urgent guideline acknowledgements</source>
            <translation>Urgent guideline acknowledgements</translation>
        </message>
        <message>
            <source>No urgent guideline this week.</source>
            <translation>No urgent guideline this week.</translation>
        </message>
        <message>
            <source>Guideline</source>
            <translation>Guideline</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Within a day</source>
            <translation>Within a day</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>Weekly report %1</source>
            <translation>Weekly report %1</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReportDialog</name>
        <message>
            <source>Weekly report</source>
            <translation>Weekly report</translation>
        </message>
        <message>
            <source>All vendors</source>
            <translation>All vendors</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>report.pdf</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>ISO week</source>
            <translation>ISO week</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF file</translation>
        </message>
        <message>
            <source>Write the report</source>
            <translation>Write the report</translation>
        </message>
        <message>
            <source>Save the weekly report</source>
            <translation>Save the weekly report</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a file for the PDF first.</source>
            <translation>Choose a file for the PDF first.</translation>
        </message>
        <message>
            <source>Asking the service for the figures…</source>
            <translation>Asking the service for the figures…</translation>
        </message>
        <message>
            <source>Writing the PDF and the CSV…</source>
            <translation>Writing the PDF and the CSV…</translation>
        </message>
        <message>
            <source>Wrote %1 and %2.</source>
            <translation>Wrote %1 and %2.</translation>
        </message>
        <message>
            <source>No report: %1</source>
            <translation>No report: %1</translation>
        </message>
    </context>
    <context>
        <name>Wellbeing</name>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,): decision keys, sensitive media, breaks, idle lock, theme</source>
            <translation>Settings (Ctrl+,): decision keys, sensitive media, breaks, idle lock, theme</translation>
        </message>
        <message>
            <source>Settings saved. Reveal levels apply to this case now.</source>
            <translation>Settings saved. Reveal levels apply to this case now.</translation>
        </message>
        <message>
            <source>Your key for “%1” was removed: that action is gone</source>
            <translation>Your key for “%1” was removed: that action is gone</translation>
        </message>
        <message>
            <source>Policy %1: some of your keys changed. %2</source>
            <translation>Policy %1: some of your keys changed. %2</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between reasons</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so the case was hidden and your undecided cases went back to the queue. Enter your password to continue.</source>
            <translation>
                <numerusform>Nothing happened for %Ln minute, so the case was hidden and your undecided cases went back to the queue. Enter your password to continue.</numerusform>
                <numerusform>Nothing happened for %Ln minutes, so the case was hidden and your undecided cases went back to the queue. Enter your password to continue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so this workstation was locked. Enter your password to continue.</source>
            <translation>
                <numerusform>Nothing happened for %Ln minute, so this workstation was locked. Enter your password to continue.</numerusform>
                <numerusform>Nothing happened for %Ln minutes, so this workstation was locked. Enter your password to continue.</numerusform>
            </translation>
        </message>
        <message>
            <source>That sign-in is for another account.</source>
            <translation>That sign-in is for another account.</translation>
        </message>
        <message>
            <source>Welcome back. Review is paused: press Ctrl+P to resume.</source>
            <translation>Welcome back. Review is paused: press Ctrl+P to resume.</translation>
        </message>
        <message>
            <source>Welcome back.</source>
            <translation>Welcome back.</translation>
        </message>
        <message>
            <source>You are signed out (the workstation was locked).</source>
            <translation>You are signed out (the workstation was locked).</translation>
        </message>
    </context>
    <context>
        <name>_StatsBlock</name>
        <message>
            <source>Accuracy</source>
            <translation>Accuracy</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>Cohen's kappa</translation>
        </message>
        <message>
            <source>Gwet's AC1</source>
            <translation>Gwet's AC1</translation>
        </message>
        <message>
            <source>%1: confusion matrix</source>
            <translation>%1: confusion matrix</translation>
        </message>
        <message>
            <source>Rows: the reference. Columns (→): the answer. The diagonal is agreement.</source>
            <translation>Rows: the reference. Columns (→): the answer. The diagonal is agreement.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln item(s) agree with the reference.</source>
            <translation>
                <numerusform>%1 of %Ln item agree with the reference.</numerusform>
                <numerusform>%1 of %Ln items agree with the reference.</numerusform>
            </translation>
        </message>
        <message>
            <source>Accuracy %1</source>
            <translation>Accuracy %1</translation>
        </message>
        <message>
            <source>Cohen's kappa %1</source>
            <translation>Cohen's kappa %1</translation>
        </message>
        <message>
            <source>Gwet's AC1 %1</source>
            <translation>Gwet's AC1 %1</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is undefined here: the answers all fell into one category.</source>
            <translation>%1 of %2 agree with the reference. Kappa is undefined here: the answers all fell into one category.</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is low because one label dominates (the prevalence paradox): read AC1 beside it.</source>
            <translation>%1 of %2 agree with the reference. Kappa is low because one label dominates (the prevalence paradox): read AC1 beside it.</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference.</source>
            <translation>%1 of %2 agree with the reference.</translation>
        </message>
    </context>
</TS>
