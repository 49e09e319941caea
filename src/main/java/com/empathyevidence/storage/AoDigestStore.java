package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.DigestStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link DigestStore} over Active Objects. The claim is one transaction that inserts the week (unique) and its
 * messages: a second claim of the same week, on this node or another, fails on the unique week and stores nothing.
 * A message is handed over in one transaction with its "week/recipient" row ({@link DigestSentEntity}, unique): once,
 * whichever run gets there, and again by the next run when the node died before that transaction committed. Every
 * transaction here is retried by {@link Retry} when the database refuses it.
 */
@JiraComponent
public class AoDigestStore implements DigestStore {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";

    private final ActiveObjects ao;

    @Inject
    public AoDigestStore(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean claimed(String week) {
        return ao.count(DigestWeekEntity.class, Query.select().where("WEEK = ?", week)) > 0;
    }

    @Override
    public boolean claim(String week, List<Message> messages) {
        try {
            // Retried on a unique key too: when a simultaneous claim of the same week took it first, the next attempt
            // finds that week claimed and stores nothing.
            return Retry.inTransactionOrUniqueKey(ao, () -> {
                if (ao.count(DigestWeekEntity.class, Query.select().where("WEEK = ?", week)) > 0) {
                    return false;
                }
                ao.create(DigestWeekEntity.class, new DBParam("WEEK", week), new DBParam("CLAIMED_AT", Instant.now().toString()));
                for (Message m : messages) {
                    ao.create(DigestMessageEntity.class, new DBParam("WEEK", week), new DBParam("RECIPIENT", m.recipient()),
                            new DBParam("TO_ADDRESS", m.to()), new DBParam("SUBJECT", m.subject()), new DBParam("BODY", m.body()),
                            new DBParam("STATUS", PENDING));
                }
                return true;
            });
        } catch (RuntimeException claimedByAnotherNodeMeanwhile) {
            if (claimed(week)) {
                return false; // the unique week refused the second claim: the other one stands, with its messages
            }
            throw claimedByAnotherNodeMeanwhile;
        }
    }

    @Override
    public List<Message> pending() {
        List<Message> pending = new ArrayList<>();
        for (DigestMessageEntity m : ao.find(DigestMessageEntity.class, Query.select().where("STATUS = ?", PENDING).order("ID ASC"))) {
            pending.add(new Message(m.getID(), m.getWeek(), m.getRecipient(), m.getToAddress(), m.getSubject(), m.getBody()));
        }
        return pending;
    }

    /**
     * Retried by {@link Retry} (also on the unique sent key: the next attempt finds it and answers false). The mail
     * queue is not part of the transaction, so it is called at most once per call: when the database refused the
     * transaction after the message was queued (a serialization failure at commit), the next attempt records it as
     * sent without queueing it again.
     */
    @Override
    public boolean sendOnce(Message message, Instant at, Runnable queue) {
        String key = message.week() + "/" + message.recipient();
        boolean[] queued = {false};
        try {
            return Retry.inTransactionOrUniqueKey(ao, () -> {
                DigestMessageEntity m = ao.get(DigestMessageEntity.class, (int) message.id());
                if (m == null || !PENDING.equals(m.getStatus())
                        || ao.count(DigestSentEntity.class, Query.select().where("SENT_KEY = ?", key)) > 0) {
                    return false;
                }
                // the unique key is the compare-and-set: a second run inserting it waits for this one, then fails
                ao.create(DigestSentEntity.class, new DBParam("SENT_KEY", key), new DBParam("SENT_AT", at.toString()));
                m.setStatus(SENT);
                m.setSentAt(at.toString());
                m.save();
                if (!queued[0]) {
                    queue.run();
                    queued[0] = true;
                }
                return true;
            });
        } catch (RuntimeException refusedOrSentMeanwhile) {
            if (ao.count(DigestSentEntity.class, Query.select().where("SENT_KEY = ?", key)) > 0) {
                return false; // another run recorded it first: that one sent it
            }
            throw refusedOrSentMeanwhile; // nothing recorded: the message stays pending
        }
    }

    @Override
    public Optional<String> lastWeek() {
        DigestWeekEntity[] last = ao.find(DigestWeekEntity.class, Query.select().order("WEEK DESC").limit(1));
        return last.length == 0 ? Optional.empty() : Optional.of(last[0].getWeek());
    }

    @Override
    public boolean optedOut(String userKey) {
        DigestPreferenceEntity[] rows = ao.find(DigestPreferenceEntity.class, Query.select().where("USER_KEY = ?", userKey));
        return rows.length > 0 && Boolean.TRUE.equals(rows[0].getOptedOut());
    }

    @Override
    public void setOptedOut(String userKey, boolean optedOut) {
        // retried on a unique key too: a simultaneous first choice of the same user stored its row; the next attempt updates it
        Retry.inTransactionOrUniqueKey(ao, () -> {
            DigestPreferenceEntity[] rows = ao.find(DigestPreferenceEntity.class, Query.select().where("USER_KEY = ?", userKey));
            if (rows.length == 0) {
                ao.create(DigestPreferenceEntity.class, new DBParam("USER_KEY", userKey), new DBParam("OPTED_OUT", optedOut));
            } else {
                rows[0].setOptedOut(optedOut);
                rows[0].save();
            }
            return null;
        });
    }
}
