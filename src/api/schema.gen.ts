// Generated from api/openapi.yaml by `npm run api:generate`. Do not edit.
export interface paths {
    "/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password with the current one; the user's other sessions end */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current user, their association and the CSRF token
         * @description Not being logged in is an answer here (204), not an error.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Difficulties mentors flagged with a meeting; open ones by default, the longest waiting first */
        get: operations["listConcerns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indicators funders and the State look at, computed by the database; src/domain/indicators.ts defines each figure and the list behind it */
        get: operations["getIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What needs doing now (À faire), most urgent first: pairs at risk, first contacts overdue, check-ins, interviews due, planned ends within 14 days; a coordinator gets their own pairs and the referrals assigned to them or to nobody */
        get: operations["getTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "referrals" | "mentors" | "mentorships" | "meetings" | "indicators" | "audit";
            };
            cookie?: never;
        };
        /**
         * Streamed export of a list, the meetings, the indicators or the audit log, as CSV or XLSX; audited
         * @description The rows are those the list's own filters choose (the list endpoint's query parameters, paging and sort aside), or the period for meetings and indicators; no cap, in id order (the audit log newest first, with its filters, for admins only). CSV is UTF-8 with BOM, `;` separated, CRLF, French labels, dates as 27/11/2026, decimal commas, formula-like text neutralised. XLSX has typed cells (dates as dates). Each export leaves an audit entry with its filters and row count.
         */
        get: operations["exportData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/geography/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The communes a postal code serves, from the official geography
         * @description An empty list means the postal code does not exist. Any logged-in user may ask.
         */
        get: operations["listCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The 1jeune1solution platform pushes a referral
         * @description Idempotent on externalId; a repeated id answers 200 with the existing record.
         */
        post: operations["intakeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matching/cohort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assignment that maximises the total score under hard constraints and capacities */
        post: operations["planCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matching/cohort/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose the kept pairs in one transaction; no mentor is double-booked */
        post: operations["publishCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matching/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score and explain given pairs, e.g. after swapping mentors in a cohort plan
         * @description Stores nothing. Each pair gets its hard constraints and criteria, eligible or not.
         */
        post: operations["scorePairs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/mentor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in mentor's own record */
        get: operations["getOwnMentorRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** A mentor changes their phone, availability and number of places; not below their current pairs */
        patch: operations["updateOwnMentorRecord"];
        trace?: never;
    };
    "/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a meeting; staff at any time, a mentor their own for seven days; a flagged concern cannot be withdrawn */
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/meetings/{id}/concern-acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a meeting's concern with a note; kept with who and when */
        post: operations["acknowledgeConcern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMentors"];
        put?: never;
        post: operations["createMentor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get: operations["getMentor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateMentor"];
        trace?: never;
    };
    "/mentors/{id}/anonymize": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase the mentor's identity (and close their account), keep anonymous statistics; audited
         * @description 409 while a pair of theirs is under way.
         */
        post: operations["anonymizeMentor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors/{id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the mentor's back-office account (role mentor)
         * @description The account takes the mentor's name and email. 409 when the mentor already has one, or
         *     when a user of any association has that email.
         */
        post: operations["inviteMentor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** The mentor's whole file (GDPR access request); audited */
        get: operations["exportMentorPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get: operations["suggestMentees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get: operations["getMentorTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["transitionMentor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate (dryRun) or import mapped CSV rows; all valid rows or nothing */
        post: operations["importMentors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pairs; a mentor sees only their own */
        get: operations["listMentorships"];
        put?: never;
        /** Propose a pair; the referral moves to MATCH_PROPOSED and the mentor's load counts it */
        post: operations["proposeMentorship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get: operations["getMentorship"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put: operations["setMentorshipGoals"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get: operations["listInterviews"];
        put?: never;
        post: operations["addInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get: operations["listMeetings"];
        put?: never;
        /** Log a meeting; the first one held makes an accepted pair active */
        post: operations["logMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["transitionMentorship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mentorships/coordinator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the selected pairs to another coordinator; each pair succeeds or fails on its own */
        post: operations["reassignMentorships"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/personal-data/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Files with no activity for the retention period, oldest first, for review
         * @description Referrals and mentors not yet anonymised, with no pair under way, whose last activity
         *     (their record, a pair, a meeting) is older than the settings' retention period.
         */
        get: operations["reviewRetention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/personal-data/retention/anonymize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anonymise the reviewed files still due, in one transaction; the run is audited */
        post: operations["runRetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referral inbox, paged, sorted and filtered by the server */
        get: operations["listReferrals"];
        put?: never;
        /** Enter a referral received by phone, mail or a partner */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateReferral"];
        trace?: never;
    };
    "/referrals/{id}/anonymize": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase the person's identity, keep anonymous statistics; audited
         * @description Names, contacts and free text are replaced; the age at receipt, gender, territory,
         *     statuses and dates stay, so every indicator is unchanged. 409 while a pair of theirs is
         *     under way.
         */
        post: operations["anonymizeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/contact-attempts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logContactAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addReferralNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** The young person's whole file (GDPR access request); audited */
        get: operations["exportReferralPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** Mentors ranked for this young person, with hard constraints and score shares */
        get: operations["suggestMentors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** Every status change, contact attempt and note, newest first */
        get: operations["getReferralTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the referral along its lifecycle */
        post: operations["transitionReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply one action to selected rows or to every row matching a filter
         * @description Each row succeeds or fails on its own; the result lists every failure and why.
         */
        post: operations["bulkReferrals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Probable duplicates of a referral being entered
         * @description Same first name, last name (ignoring case and accents) and birth date; or same email
         *     (ignoring case); or same phone (its last 9 digits). A criterion counts only once typed in
         *     full. At most 5 candidates, those matching on the most criteria first.
         */
        get: operations["findReferralDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's views and the team's shared ones, each with its live count */
        get: operations["listSavedViews"];
        put?: never;
        post: operations["createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put: operations["updateSavedView"];
        post?: never;
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Command palette lookup of people and pairs by name, email or phone */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSettings"];
        put: operations["updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/intake-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new API key for the platform's intake; the old one works 24 more hours */
        post: operations["rotateIntakeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The association's staff (admins and coordinators), for assigning referrals */
        get: operations["listTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsers"];
        put?: never;
        /**
         * Invite a staff member; their temporary password is shown once
         * @description The account must choose its own password at first login. 409 when the association
         *     already has an account with that email.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, change the role, deactivate or reactivate an account; audited
         * @description Deactivating ends the account's sessions at once. 409 when the change would leave the
         *     association without an active admin, or when the version is stale.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new temporary password for another account, shown once; its sessions end */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        /** A staff account's file (GDPR access request); audited */
        get: operations["exportUserPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        AgeBand: "UNDER_15" | "15_17" | "18_20" | "21_25" | "26_30" | "OVER_30";
        Association: {
            id: components["schemas"]["Id"];
            name: string;
            shortName: string;
        };
        /** @enum {string} */
        Attendance: "HELD" | "NO_SHOW" | "CANCELLED";
        AuditChange: {
            after: unknown;
            before: unknown;
            field: string;
        };
        AuditEvent: {
            /** @description e.g. referral.update, export.referrals, auth.login */
            action: string;
            actorId: components["schemas"]["Id"] | null;
            actorName: string;
            /** Format: date-time */
            at: string;
            /** @description Each changed field before and after; never a secret */
            changes: components["schemas"]["AuditChange"][];
            /** @description What else says what happened (an export’s filters and rows) */
            details: {
                [key: string]: unknown;
            } | null;
            entityId: components["schemas"]["Id"] | null;
            entityType: string;
            /** @description Names of the changed fields */
            fields: string[];
            id: components["schemas"]["Id"];
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            page: number;
            pageSize: number;
            total: number;
        };
        BulkResult: {
            failed: {
                id: components["schemas"]["Id"];
                reason: string;
                title: string;
            }[];
            succeeded: number;
        };
        /** @enum {string} */
        Channel: "1J1S" | "1J1M_DIRECT" | "SCHOOL" | "FRANCE_TRAVAIL" | "MISSION_LOCALE" | "OTHER";
        /** @enum {string} */
        ClosureReason: "GOALS_MET" | "PROGRAM_END" | "YOUTH_DROPOUT" | "MENTOR_WITHDRAWAL" | "MISMATCH" | "LOST_CONTACT" | "INCIDENT";
        CohortPair: {
            criteria: components["schemas"]["CriterionScore"][];
            menteeName: string;
            mentorId: components["schemas"]["Id"];
            mentorName: string;
            referralId: components["schemas"]["Id"];
            score: number;
        };
        CohortPlan: {
            /** Format: date-time */
            computedAt: string;
            /** @description Total of the greedy assignment on the same candidates, for comparison */
            greedyScore: number;
            pairs: components["schemas"]["CohortPair"][];
            totalScore: number;
            unmatched: {
                menteeName: string;
                reason: string;
                referralId: components["schemas"]["Id"];
            }[];
        };
        CohortPublish: {
            pairs: {
                mentorId: components["schemas"]["Id"];
                referralId: components["schemas"]["Id"];
            }[];
        };
        CohortPublishResult: {
            created: number;
            mentorshipIds: components["schemas"]["Id"][];
        };
        CohortRequest: {
            /** @description Default: every mentor with free capacity */
            mentorIds?: components["schemas"]["Id"][];
            /** @description Default: every referral awaiting a match */
            referralIds?: components["schemas"]["Id"][];
        };
        Commune: {
            department: string;
            /** @description INSEE code of the commune */
            insee: string;
            name: string;
        };
        Concern: {
            acknowledgedAt: string | null;
            /** @description Who acknowledged it, by name */
            acknowledgedBy: string | null;
            /** @description Staff only; never shown to mentors */
            acknowledgement: string | null;
            /** @description The pair’s coordinator */
            coordinatorId: components["schemas"]["Id"] | null;
            /** Format: date-time */
            flaggedAt: string;
            /** Format: date */
            meetingDate: string;
            meetingId: components["schemas"]["Id"];
            mentor: {
                firstName: string;
                id: components["schemas"]["Id"];
                lastName: string;
            };
            mentorshipId: components["schemas"]["Id"];
            /** @description What the mentor wrote with the meeting */
            notes: string;
            youngPerson: {
                firstName: string;
                id: components["schemas"]["Id"];
                lastName: string;
            };
        };
        ConcernAcknowledgementInput: {
            note: string;
        };
        ConcernPage: {
            items: components["schemas"]["Concern"][];
            page: number;
            pageSize: number;
            total: number;
        };
        Consents: {
            /** Format: date */
            date: string;
            processing: boolean;
            transmission: boolean;
            version: string;
        };
        ContactAttemptInput: {
            channel: components["schemas"]["ContactChannel"];
            note?: string;
            reached: boolean;
        };
        /** @enum {string} */
        ContactChannel: "PHONE" | "EMAIL" | "SMS";
        CriterionScore: {
            /** @enum {string} */
            criterion: "needs" | "sector" | "proximity" | "availability" | "language" | "preferences" | "loadBalance";
            detail: string;
            /** @description Its share of the total score */
            share: number;
            /** @description How well the pair meets it, 0 to 1 */
            value: number;
            weight: number;
        };
        DuplicateCandidate: {
            /** Format: date */
            birthDate: string;
            firstName: string;
            id: components["schemas"]["Id"];
            lastName: string;
            matchedOn: ("NAME_BIRTHDATE" | "EMAIL" | "PHONE")[];
            status: components["schemas"]["ReferralStatus"];
        };
        /** @enum {string} */
        ExitSituation: "EMPLOYMENT" | "APPRENTICESHIP" | "TRAINING" | "FURTHER_STUDIES" | "INTERNSHIP_FOUND" | "JOB_SEARCH" | "NEET" | "UNKNOWN";
        FieldError: {
            code?: string;
            message: string;
            /** @description JSON pointer to the field, e.g. /email */
            pointer: string;
        };
        /** @enum {string} */
        Gender: "FEMALE" | "MALE" | "OTHER" | "UNSPECIFIED";
        Goal: {
            done: boolean;
            id: components["schemas"]["Id"];
            label: string;
        };
        GoalsInput: {
            goals: {
                done: boolean;
                id?: components["schemas"]["Id"];
                label: string;
            }[];
        };
        HardConstraint: {
            /** @enum {string} */
            constraint: "HONORABILITY_FOR_MINOR" | "FREE_CAPACITY" | "GUARDIAN_CONSENT" | "SHARED_MODALITY";
            detail: string;
            met: boolean;
        };
        /** @enum {string} */
        HealthLevel: "ON_TRACK" | "CHECK_IN" | "AT_RISK";
        HonorabilityCheck: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            result: "VALID" | "INVALID" | "PENDING";
            /** @enum {string} */
            type: "B3" | "ATTESTATION_HONORABILITE";
        };
        Id: string;
        Indicators: {
            byMonth: {
                meetingsHeld: number;
                month: string;
                pairsClosed: number;
                pairsFormed: number;
                referralsReceived: number;
            }[];
            coordinatorId: string | null;
            earlyRuptures: number;
            exitSituations: {
                [key: string]: number;
            };
            /** Format: date */
            from: string;
            /** @description The list behind each figure that counts records, keyed `pairsFormed`, or `referralsByChannel.1J1S` for a line of a breakdown: the list endpoint's path and query (the app's list of the same records takes the same query); that list's total is the figure */
            links: {
                [key: string]: string;
            };
            medianDaysToFirstContact: number | null;
            medianDaysToMatch: number | null;
            medianPairDurationDays: number | null;
            meetingsHeld: number;
            meetingsPerPairPerMonth: number | null;
            menteesByAgeBand: {
                [key: string]: number;
            };
            menteesByGender: {
                [key: string]: number;
            };
            menteesByNeed: {
                [key: string]: number;
            };
            menteesBySituation: {
                [key: string]: number;
            };
            mentorsRecruited: number;
            mentorsScreened: number;
            mentorsTrained: number;
            pairsActive: number;
            pairsClosed: number;
            pairsFormed: number;
            priorityCounts: {
                [key: string]: number;
            };
            priorityShares: {
                [key: string]: number;
            };
            qualificationRate: number | null;
            referralsByChannel: {
                [key: string]: number;
            };
            referralsReceived: number;
            referralsWithoutContact: number;
            satisfaction: {
                mentee: number | null;
                mentor: number | null;
            };
            /** Format: date */
            to: string;
        };
        IntakeKey: {
            /** @description Shown once; only a hint is kept afterwards */
            key: string;
        };
        IntakeReferral: {
            accommodationNeeded: boolean;
            /** Format: date */
            birthDate: string;
            /** @enum {string} */
            channel: "1J1S" | "1J1M_DIRECT";
            commune: string;
            consents: components["schemas"]["Consents"];
            email: string | null;
            /** @description The platform's own id; intake is idempotent on it */
            externalId: string;
            firstName: string;
            gender: components["schemas"]["Gender"];
            lastName: string;
            legalGuardian: components["schemas"]["LegalGuardian"] | null;
            message: string;
            needs: components["schemas"]["Need"][];
            phone: string | null;
            postalCode: string;
            preferences: components["schemas"]["MenteePreferences"];
            priorityPublics: components["schemas"]["PriorityPublic"][];
            /** Format: date-time */
            receivedAt: string;
            situation: components["schemas"]["Situation"];
        };
        Interview: {
            byId: components["schemas"]["Id"];
            /** Format: date */
            date: string;
            id: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "START" | "MID" | "CLOSING";
            menteeSatisfaction: number | null;
            mentorSatisfaction: number | null;
            mentorshipId: components["schemas"]["Id"];
            notes: string;
            version: components["schemas"]["Version"];
        };
        InterviewInput: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: "START" | "MID" | "CLOSING";
            menteeSatisfaction: number | null;
            mentorSatisfaction: number | null;
            notes: string;
        };
        Invitation: {
            /** @description Shown once, to hand to the person; only its hash is stored */
            temporaryPassword: string;
            user: components["schemas"]["User"];
        };
        LegalGuardian: {
            /** @description Date the guardian consented; null: not yet */
            consentDate: string | null;
            email: string | null;
            name: string;
            phone: string | null;
        };
        LoginInput: {
            /** Format: email */
            email: string;
            password: string;
        };
        MatchingWeights: {
            availability: number;
            language: number;
            loadBalance: number;
            needs: number;
            preferences: number;
            proximity: number;
            sector: number;
        };
        Meeting: {
            attendance: components["schemas"]["Attendance"];
            /** @description Flags the pair for the coordinator */
            concern: boolean;
            /** Format: date */
            date: string;
            durationMinutes: number;
            id: components["schemas"]["Id"];
            /** Format: date-time */
            loggedAt: string;
            loggedById: components["schemas"]["Id"];
            mentorshipId: components["schemas"]["Id"];
            modality: components["schemas"]["Modality"];
            notes: string;
            topics: components["schemas"]["Need"][];
            version: components["schemas"]["Version"];
        };
        MeetingInput: {
            attendance: components["schemas"]["Attendance"];
            /** @description Flags the pair for the coordinator */
            concern: boolean;
            /** Format: date */
            date: string;
            durationMinutes: number;
            modality: components["schemas"]["Modality"];
            notes: string;
            topics: components["schemas"]["Need"][];
        };
        MeetingPage: {
            items: components["schemas"]["Meeting"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MeetingPatch: {
            attendance?: components["schemas"]["Attendance"];
            /** @description Flags the pair for the coordinator */
            concern?: boolean;
            /** Format: date */
            date?: string;
            durationMinutes?: number;
            modality?: components["schemas"]["Modality"];
            notes?: string;
            topics?: components["schemas"]["Need"][];
        };
        MenteePreferences: {
            languages: string[];
            /** @enum {string} */
            mentorGender: "FEMALE" | "MALE" | "ANY";
            /** @enum {string} */
            modality: "REMOTE" | "IN_PERSON" | "ANY";
        };
        MenteeSuggestion: {
            constraints: components["schemas"]["HardConstraint"][];
            criteria: components["schemas"]["CriterionScore"][];
            eligible: boolean;
            referral: components["schemas"]["ReferralSummary"];
            score: number;
        };
        Mentor: {
            /** @description Pairs proposed, accepted, active or paused */
            activePairs: number;
            /** @description When the identity was erased (GDPR): the record stays for the statistics */
            anonymisedAt: string | null;
            capacity: number;
            commune: string;
            /** Format: date-time */
            createdAt: string;
            department: string;
            /** Format: email */
            email: string;
            employer: string | null;
            expertise: components["schemas"]["Need"][];
            firstName: string;
            gender: components["schemas"]["Gender"];
            honorabilityCheck: components["schemas"]["HonorabilityCheck"] | null;
            hoursPerMonth: number;
            id: components["schemas"]["Id"];
            jobTitle: string | null;
            languages: string[];
            lastName: string;
            menteeAgeMax: number;
            menteeAgeMin: number;
            modalities: components["schemas"]["Modality"][];
            occupation: components["schemas"]["Occupation"];
            phone: string | null;
            postalCode: string;
            preferredSlots: ("WEEKDAY_DAYTIME" | "WEEKDAY_EVENING" | "WEEKEND")[];
            sector: string | null;
            status: components["schemas"]["MentorStatus"];
            training: components["schemas"]["Training"] | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Back-office account, once invited */
            userId: components["schemas"]["Id"] | null;
            version: components["schemas"]["Version"];
        };
        MentorFile: {
            account: components["schemas"]["User"] | null;
            /** @description The audit entries about the person */
            auditEvents: components["schemas"]["AuditEvent"][];
            /** Format: date-time */
            exportedAt: string;
            /** @description The records as stored, every field */
            interviews: {
                [key: string]: unknown;
            }[];
            /** @description The records as stored, every field */
            meetings: {
                [key: string]: unknown;
            }[];
            mentor: components["schemas"]["Mentor"];
            /** @description The records as stored, every field */
            mentorships: {
                [key: string]: unknown;
            }[];
            timeline: components["schemas"]["TimelineEvent"][];
        };
        MentorImportReport: {
            created: number;
            duplicates: {
                email: string;
                existingId: components["schemas"]["Id"];
                row: number;
            }[];
            errors: {
                message: string;
                pointer: string;
                row: number;
            }[];
            valid: number;
        };
        MentorImportRequest: {
            dryRun: boolean;
            rows: {
                [key: string]: unknown;
            }[];
        };
        MentorInput: {
            capacity: number;
            commune: string;
            /** Format: email */
            email: string;
            employer: string | null;
            expertise: components["schemas"]["Need"][];
            firstName: string;
            gender: components["schemas"]["Gender"];
            honorabilityCheck: components["schemas"]["HonorabilityCheck"] | null;
            hoursPerMonth: number;
            jobTitle: string | null;
            languages: string[];
            lastName: string;
            menteeAgeMax: number;
            menteeAgeMin: number;
            modalities: components["schemas"]["Modality"][];
            occupation: components["schemas"]["Occupation"];
            phone: string | null;
            postalCode: string;
            preferredSlots: ("WEEKDAY_DAYTIME" | "WEEKDAY_EVENING" | "WEEKEND")[];
            sector: string | null;
            training: components["schemas"]["Training"] | null;
        };
        MentorPage: {
            items: components["schemas"]["MentorSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MentorPatch: {
            capacity?: number;
            commune?: string;
            /** Format: email */
            email?: string;
            employer?: string | null;
            expertise?: components["schemas"]["Need"][];
            firstName?: string;
            gender?: components["schemas"]["Gender"];
            honorabilityCheck?: components["schemas"]["HonorabilityCheck"] | null;
            hoursPerMonth?: number;
            jobTitle?: string | null;
            languages?: string[];
            lastName?: string;
            menteeAgeMax?: number;
            menteeAgeMin?: number;
            modalities?: components["schemas"]["Modality"][];
            occupation?: components["schemas"]["Occupation"];
            phone?: string | null;
            postalCode?: string;
            preferredSlots?: ("WEEKDAY_DAYTIME" | "WEEKDAY_EVENING" | "WEEKEND")[];
            sector?: string | null;
            training?: components["schemas"]["Training"] | null;
        };
        MentorSelfPatch: {
            capacity?: number;
            hoursPerMonth?: number;
            phone?: string | null;
            preferredSlots?: ("WEEKDAY_DAYTIME" | "WEEKDAY_EVENING" | "WEEKEND")[];
        };
        Mentorship: {
            acceptedAt: string | null;
            closedAt: string | null;
            closureReason: components["schemas"]["ClosureReason"] | null;
            coordinator: {
                firstName: string;
                lastName: string;
            } | null;
            coordinatorId: components["schemas"]["Id"] | null;
            exitSituation: components["schemas"]["ExitSituation"] | null;
            goals: components["schemas"]["Goal"][];
            health: components["schemas"]["PairHealth"] | null;
            heldLast30Days: number;
            id: components["schemas"]["Id"];
            lastMeetingAt: string | null;
            meetingsCount: number;
            mentee: {
                email: string | null;
                firstName: string;
                /** @description null for a mentor: first name only */
                lastName: string | null;
                needs: components["schemas"]["Need"][];
                phone: string | null;
            };
            mentor: {
                firstName: string;
                lastName: string;
            };
            mentorId: components["schemas"]["Id"];
            /** @description Start after the first meeting, mid-term at three months, closing at the planned end */
            nextInterview: {
                /** Format: date */
                dueDay: string;
                /** @enum {string} */
                kind: "START" | "MID" | "CLOSING";
            } | null;
            openConcerns: number;
            plannedEndAt: string | null;
            /** Format: date-time */
            proposedAt: string;
            referralId: components["schemas"]["Id"];
            refusalReason: string | null;
            startedAt: string | null;
            status: components["schemas"]["MentorshipStatus"];
            /** Format: date-time */
            updatedAt: string;
            version: components["schemas"]["Version"];
        };
        MentorshipPage: {
            items: components["schemas"]["Mentorship"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MentorshipProposal: {
            mentorId: components["schemas"]["Id"];
            referralId: components["schemas"]["Id"];
        };
        /** @enum {string} */
        MentorshipStatus: "PROPOSED" | "ACCEPTED" | "ACTIVE" | "PAUSED" | "CLOSED";
        MentorshipTransition: {
            closureReason?: components["schemas"]["ClosureReason"];
            exitSituation?: components["schemas"]["ExitSituation"];
            /** @description Required when a proposal is refused */
            reason?: string;
            to: components["schemas"]["MentorshipStatus"];
        };
        /** @enum {string} */
        MentorStatus: "APPLICANT" | "INTERVIEWED" | "SCREENED" | "TRAINED" | "AVAILABLE" | "FULL" | "INACTIVE" | "ARCHIVED";
        MentorSuggestion: {
            constraints: components["schemas"]["HardConstraint"][];
            criteria: components["schemas"]["CriterionScore"][];
            eligible: boolean;
            mentor: components["schemas"]["MentorSummary"];
            score: number;
        };
        MentorSummary: {
            /** @description Pairs proposed, accepted, active or paused */
            activePairs: number;
            capacity: number;
            commune: string;
            /** Format: date-time */
            createdAt: string;
            department: string;
            expertise: components["schemas"]["Need"][];
            firstName: string;
            honorabilityCheck: components["schemas"]["HonorabilityCheck"] | null;
            id: components["schemas"]["Id"];
            languages: string[];
            lastName: string;
            modalities: components["schemas"]["Modality"][];
            occupation: components["schemas"]["Occupation"];
            sector: string | null;
            status: components["schemas"]["MentorStatus"];
            training: components["schemas"]["Training"] | null;
            version: components["schemas"]["Version"];
        };
        MentorTransition: {
            reason?: string;
            to: components["schemas"]["MentorStatus"];
        };
        /** @enum {string} */
        Modality: "REMOTE" | "PUBLIC_PLACE" | "SCHOOL" | "MENTOR_WORKPLACE" | "ASSOCIATION_PREMISES";
        /** @enum {string} */
        Need: "SCHOOLING" | "ORIENTATION" | "INTERNSHIP" | "JOB_READINESS" | "JOB_START" | "SOCIAL_OPENING";
        NoteInput: {
            body: string;
        };
        /** @enum {string} */
        Occupation: "HIGH_SCHOOL" | "STUDENT" | "EMPLOYEE" | "CIVIL_SERVANT" | "JOB_SEEKER" | "RETIRED";
        PairHealth: {
            /** @description Days since the last held meeting, or since acceptance */
            days: number;
            level: components["schemas"]["HealthLevel"];
            /**
             * @description The rule that set the level
             * @enum {string}
             */
            rule: "NO_MEETING" | "TWO_NO_SHOWS";
        };
        PairReassignment: {
            /** @description A coordinator or admin of the association */
            coordinatorId: components["schemas"]["Id"];
            ids: components["schemas"]["Id"][];
        };
        PairScore: {
            constraints: components["schemas"]["HardConstraint"][];
            criteria: components["schemas"]["CriterionScore"][];
            eligible: boolean;
            mentorId: components["schemas"]["Id"];
            referralId: components["schemas"]["Id"];
            score: number;
        };
        PairScoreRequest: {
            pairs: {
                mentorId: components["schemas"]["Id"];
                referralId: components["schemas"]["Id"];
            }[];
        };
        PasswordChangeInput: {
            currentPassword: string;
            newPassword: string;
        };
        /** @enum {string} */
        PriorityPublic: "QPV" | "FRR" | "SCHOOL_DROPOUT" | "ASE" | "PJJ" | "STUDENT_HARDSHIP" | "YOUNG_CARER" | "REFUGEE" | "DISABILITY";
        Problem: {
            /** @description On 409: the record as it is now, so the client can reapply */
            current?: {
                [key: string]: unknown;
            };
            detail?: string;
            errors?: components["schemas"]["FieldError"][];
            status: number;
            title: string;
            type: string;
        };
        Referral: {
            accommodationNeeded: boolean;
            /** @description When the identity was erased (GDPR): the record stays for the statistics */
            anonymisedAt: string | null;
            assigneeId: components["schemas"]["Id"] | null;
            /** Format: date */
            birthDate: string;
            channel: components["schemas"]["Channel"];
            commune: string;
            consents: components["schemas"]["Consents"];
            contactAttempts: number;
            /** @description INSEE department code derived from the postal code */
            department: string;
            email: string | null;
            externalId: string | null;
            firstContactAt: string | null;
            firstName: string;
            gender: components["schemas"]["Gender"];
            id: components["schemas"]["Id"];
            lastContactAt: string | null;
            lastName: string;
            legalGuardian: components["schemas"]["LegalGuardian"] | null;
            message: string;
            needs: components["schemas"]["Need"][];
            phone: string | null;
            postalCode: string;
            preferences: components["schemas"]["MenteePreferences"];
            priorityPublics: components["schemas"]["PriorityPublic"][];
            /** Format: date-time */
            receivedAt: string;
            /** @description Association a not-eligible referral was sent to */
            redirectedTo: string | null;
            situation: components["schemas"]["Situation"];
            status: components["schemas"]["ReferralStatus"];
            /** @description Why it left the main path (not eligible, withdrawn) */
            statusReason: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: components["schemas"]["Version"];
        };
        ReferralBulkAction: {
            /** @enum {string} */
            action: "ASSIGN" | "TRANSITION" | "NOT_ELIGIBLE";
            assigneeId?: components["schemas"]["Id"] | null;
            /** @description With query: the count the user confirmed; 409 if the filters now match another count */
            expectedCount?: number;
            /** @description The selected rows; or give query */
            ids?: components["schemas"]["Id"][];
            /** @description Every row matching the list filters, as the list URL search string (status=TO_CONTACT&overdue=true) */
            query?: string;
            reason?: string;
            to?: components["schemas"]["ReferralStatus"];
        };
        ReferralFile: {
            /** @description The audit entries about the person */
            auditEvents: components["schemas"]["AuditEvent"][];
            /** Format: date-time */
            exportedAt: string;
            /** @description The records as stored, every field */
            interviews: {
                [key: string]: unknown;
            }[];
            /** @description The records as stored, every field */
            meetings: {
                [key: string]: unknown;
            }[];
            /** @description The records as stored, every field */
            mentorships: {
                [key: string]: unknown;
            }[];
            referral: components["schemas"]["Referral"];
            timeline: components["schemas"]["TimelineEvent"][];
        };
        ReferralInput: {
            accommodationNeeded: boolean;
            /** Format: date */
            birthDate: string;
            channel: components["schemas"]["Channel"];
            commune: string;
            consents: components["schemas"]["Consents"];
            email: string | null;
            firstName: string;
            gender: components["schemas"]["Gender"];
            lastName: string;
            legalGuardian: components["schemas"]["LegalGuardian"] | null;
            message: string;
            needs: components["schemas"]["Need"][];
            phone: string | null;
            postalCode: string;
            preferences: components["schemas"]["MenteePreferences"];
            priorityPublics: components["schemas"]["PriorityPublic"][];
            /** Format: date-time */
            receivedAt?: string;
            situation: components["schemas"]["Situation"];
        };
        ReferralPage: {
            items: components["schemas"]["ReferralSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ReferralPatch: {
            accommodationNeeded?: boolean;
            /** Format: date */
            birthDate?: string;
            commune?: string;
            consents?: components["schemas"]["Consents"];
            email?: string | null;
            firstName?: string;
            gender?: components["schemas"]["Gender"];
            lastName?: string;
            legalGuardian?: components["schemas"]["LegalGuardian"] | null;
            message?: string;
            needs?: components["schemas"]["Need"][];
            phone?: string | null;
            postalCode?: string;
            preferences?: components["schemas"]["MenteePreferences"];
            priorityPublics?: components["schemas"]["PriorityPublic"][];
            situation?: components["schemas"]["Situation"];
        };
        /** @enum {string} */
        ReferralStatus: "RECEIVED" | "TO_CONTACT" | "QUALIFIED" | "AWAITING_MATCH" | "MATCH_PROPOSED" | "MATCHED" | "UNREACHABLE" | "NOT_ELIGIBLE" | "WITHDRAWN";
        ReferralSummary: {
            assigneeId: components["schemas"]["Id"] | null;
            /** Format: date */
            birthDate: string;
            channel: components["schemas"]["Channel"];
            commune: string;
            contactAttempts: number;
            /** @description INSEE department code derived from the postal code */
            department: string;
            firstContactAt: string | null;
            firstName: string;
            id: components["schemas"]["Id"];
            lastName: string;
            needs: components["schemas"]["Need"][];
            postalCode: string;
            priorityPublics: components["schemas"]["PriorityPublic"][];
            /** Format: date-time */
            receivedAt: string;
            situation: components["schemas"]["Situation"];
            status: components["schemas"]["ReferralStatus"];
            version: components["schemas"]["Version"];
        };
        ReferralTransition: {
            reason?: string;
            redirectedTo?: string;
            to: components["schemas"]["ReferralStatus"];
        };
        RetentionCandidate: {
            id: components["schemas"]["Id"];
            /** @description The person’s name, for the review */
            label: string;
            /** Format: date-time */
            lastActivityAt: string;
            status: string;
            /** @enum {string} */
            type: "referral" | "mentor";
        };
        RetentionResult: {
            anonymised: number;
            /** @description Listed files no longer due (activity since the review) */
            skipped: number;
        };
        RetentionReview: {
            /**
             * Format: date-time
             * @description Files with no activity since then are listed
             */
            before: string;
            items: components["schemas"]["RetentionCandidate"][];
            retentionYears: number;
        };
        RetentionRun: {
            /** @description The reviewed files to anonymise (referrals and mentors) */
            ids: components["schemas"]["Id"][];
        };
        /** @enum {string} */
        Role: "admin" | "coordinator" | "mentor";
        SavedView: {
            /** @description Live count of the records the view matches */
            count: number;
            id: components["schemas"]["Id"];
            name: string;
            ownerId: components["schemas"]["Id"];
            /** @description The list URL search string, e.g. status=TO_CONTACT&overdue=true */
            query: string;
            resource: components["schemas"]["SavedViewResource"];
            shared: boolean;
            version: components["schemas"]["Version"];
        };
        SavedViewInput: {
            name: string;
            /** @description The list URL search string, e.g. status=TO_CONTACT&overdue=true */
            query: string;
            resource: components["schemas"]["SavedViewResource"];
            shared: boolean;
        };
        /** @enum {string} */
        SavedViewResource: "referrals" | "mentors" | "mentorships";
        SearchHit: {
            /** @description Where the person lives (commune); empty for a pair */
            detail: string;
            id: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "referral" | "mentor" | "mentorship";
            label: string;
            /** @description The lifecycle status code of the referral, mentor or pair */
            status: string;
        };
        Session: {
            association: components["schemas"]["Association"];
            /** @description Send in X-CSRF-Token on every unsafe request */
            csrfToken: string;
            user: components["schemas"]["User"];
        };
        Settings: {
            associationName: string;
            /** @description No meeting held for this long: the pair is at risk */
            atRiskDays: number;
            /** @description No meeting held for this long: the pair needs a check-in */
            checkInDays: number;
            /** @description The departments the association serves */
            departments: string[];
            firstContactDelayDays: number;
            honorabilityValidityYears: number;
            honorabilityWarningDays: number;
            /** @description A session unused for this long ends */
            inactivityTimeoutMinutes: number;
            intakeKeyHint: string | null;
            matchingWeights: components["schemas"]["MatchingWeights"];
            maxContactAttempts: number;
            /** @description Expected cadence */
            meetingsPerMonth: number;
            menteeAgeMax: number;
            menteeAgeMin: number;
            plannedDurationMonths: number;
            /** @description After a rotation, the old key works until then */
            previousIntakeKeyUntil: string | null;
            retentionYears: number;
            version: components["schemas"]["Version"];
        };
        SettingsInput: {
            associationName: string;
            /** @description No meeting held for this long: the pair is at risk */
            atRiskDays: number;
            /** @description No meeting held for this long: the pair needs a check-in */
            checkInDays: number;
            /** @description The departments the association serves */
            departments: string[];
            firstContactDelayDays: number;
            honorabilityValidityYears: number;
            honorabilityWarningDays: number;
            /** @description A session unused for this long ends */
            inactivityTimeoutMinutes: number;
            matchingWeights: components["schemas"]["MatchingWeights"];
            maxContactAttempts: number;
            /** @description Expected cadence */
            meetingsPerMonth: number;
            menteeAgeMax: number;
            menteeAgeMin: number;
            plannedDurationMonths: number;
            retentionYears: number;
        };
        /** @enum {string} */
        Situation: "MIDDLE_SCHOOL" | "HIGH_SCHOOL" | "STUDENT" | "APPRENTICE" | "JOB_SEEKER" | "EMPLOYED" | "NEET";
        /** @enum {string} */
        StaffRole: "admin" | "coordinator";
        Task: {
            /**
             * Format: date
             * @description When it became due: the last meeting held (health), the interview or planned end day, the first-contact deadline
             */
            dueDay: string;
            entityId: components["schemas"]["Id"];
            /** @enum {string} */
            entityType: "referral" | "mentorship";
            interviewKind: ("START" | "MID" | "CLOSING") | null;
            /** @enum {string} */
            kind: "AT_RISK" | "FIRST_CONTACT_OVERDUE" | "CHECK_IN" | "INTERVIEW_DUE" | "PLANNED_END";
            /** @description Who: the young person, and the mentor for a pair */
            label: string;
        };
        TeamMember: {
            firstName: string;
            id: components["schemas"]["Id"];
            lastName: string;
            role: components["schemas"]["Role"];
        };
        TimelineEvent: {
            actorId: components["schemas"]["Id"] | null;
            actorName: string;
            /** Format: date-time */
            at: string;
            body: string | null;
            channel: components["schemas"]["ContactChannel"] | null;
            from: string | null;
            id: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "CREATED" | "STATUS_CHANGED" | "CONTACT_ATTEMPT" | "NOTE" | "UPDATED" | "ASSIGNED";
            reached: boolean | null;
            to: string | null;
        };
        Training: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            format: "IN_PERSON" | "REMOTE" | "E_LEARNING";
        };
        User: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: email */
            email: string;
            firstName: string;
            id: components["schemas"]["Id"];
            lastLoginAt: string | null;
            lastName: string;
            mentorId: components["schemas"]["Id"] | null;
            /** @description Logged in with a temporary password: must choose their own first */
            mustChangePassword: boolean;
            role: components["schemas"]["Role"];
            version: components["schemas"]["Version"];
        };
        UserFile: {
            /** @description What the account did, and what was done to it */
            auditEvents: components["schemas"]["AuditEvent"][];
            /** Format: date-time */
            exportedAt: string;
            user: components["schemas"]["User"];
        };
        UserInput: {
            /** Format: email */
            email: string;
            firstName: string;
            lastName: string;
            role: components["schemas"]["StaffRole"];
        };
        UserPage: {
            items: components["schemas"]["User"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UserPatch: {
            active?: boolean;
            firstName?: string;
            lastName?: string;
            role?: components["schemas"]["StaffRole"];
        };
        Version: number;
    };
    responses: {
        /** @description Malformed query or body */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Stale version, or a rule another change broke meanwhile */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The role may not do this, or the CSRF token is missing */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Invalid fields, one pointer each; or a refused lifecycle transition */
        Invalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such record in the caller's association */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not built yet (this export kind or format) */
        NotImplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over 10 MB */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match is missing */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unexpected failure; nothing was half-applied */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many attempts; retry later */
        TooManyRequests: {
            headers: {
                /** @description Seconds before trying again */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid session (or wrong credentials, or wrong API key) */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not sent as application/json */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        IdPath: components["schemas"]["Id"];
        /** @description The record's version as last read */
        IfMatch: string;
        Page: number;
        PageSize: number;
        /** @description Free-text search */
        Q: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                entityId?: string;
                entityType?: string;
                from?: string;
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Logged in; sets the session cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out; clears the cookie */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeInput"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description No session (never logged in */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["ServerError"];
        };
    };
    listConcerns: {
        parameters: {
            query?: {
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description OPEN when not given */
                status?: ("OPEN" | "ACKNOWLEDGED")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Concerns of the association */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConcernPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    getIndicators: {
        parameters: {
            query?: {
                /** @description Only this coordinator's referrals (assigned) and pairs (followed); mentors stay the association's */
                coordinatorId?: string;
                /** @description First day (UTC); a year before `to` by default */
                from?: string;
                /** @description Last day (UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators funders and the State look at, over the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicators"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    getTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    exportData: {
        parameters: {
            query?: {
                /** @description The list columns on screen, comma separated (e.g. name,status); every column when absent */
                columns?: string;
                /** @description Indicators of one coordinator */
                coordinatorId?: string;
                format?: "csv" | "xlsx";
                /** @description Meetings and indicators */
                from?: string;
                /** @description Names and contacts replaced by a stable code per person */
                pseudonymise?: boolean;
                /** @description Meetings and indicators */
                to?: string;
            };
            header?: never;
            path: {
                kind: "referrals" | "mentors" | "mentorships" | "meetings" | "indicators" | "audit";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listCommunes: {
        parameters: {
            query: {
                postalCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The communes, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commune"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["ServerError"];
        };
    };
    intakeReferral: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntakeReferral"];
            };
        };
        responses: {
            /** @description Already received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    planCohort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortRequest"];
            };
        };
        responses: {
            /** @description The plan, to review; nothing is stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    publishCohort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortPublish"];
            };
        };
        responses: {
            /** @description All pairs proposed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortPublishResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    scorePairs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairScoreRequest"];
            };
        };
        responses: {
            /** @description The pairs, in the order asked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairScore"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    getOwnMentorRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentor"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    updateOwnMentorRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorSelfPatch"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingPatch"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    acknowledgeConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcernAcknowledgementInput"];
            };
        };
        responses: {
            /** @description Acknowledged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concern"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    listMentors: {
        parameters: {
            query?: {
                /** @description Recorded on or after that day (UTC) */
                createdFrom?: string;
                /** @description Recorded on or before that day (UTC) */
                createdTo?: string;
                department?: string[];
                expertise?: components["schemas"]["Need"][];
                /** @description Available with fewer active pairs than places */
                freeCapacity?: boolean;
                /** @description The check's state under the association's validity and warning settings */
                honorability?: "VALID" | "EXPIRING" | "EXPIRED" | "MISSING";
                language?: string[];
                modality?: components["schemas"]["Modality"][];
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description Free-text search */
                q?: components["parameters"]["Q"];
                /** @description Part of the sector */
                sector?: string;
                sort?: "lastName" | "-lastName" | "createdAt" | "-createdAt" | "status" | "-status" | "activePairs" | "-activePairs";
                status?: components["schemas"]["MentorStatus"][];
                /** @description Training recorded */
                trained?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    createMentor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorInput"];
            };
        };
        responses: {
            /** @description Created as an applicant */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    getMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mentor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentor"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    updateMentor: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorPatch"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    anonymizeMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Anonymised */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ServerError"];
        };
    };
    inviteMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and its temporary password */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ServerError"];
        };
    };
    exportMentorPersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    suggestMentees: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Young people awaiting a match, ranked for this mentor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenteeSuggestion"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getMentorTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status changes and notes, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    transitionMentor: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorTransition"];
            };
        };
        responses: {
            /** @description The mentor in the new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    importMentors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorImportRequest"];
            };
        };
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    listMentorships: {
        parameters: {
            query?: {
                /** @description Accepted on or after that day (UTC) */
                acceptedFrom?: string;
                /** @description Accepted on or before that day (UTC) */
                acceptedTo?: string;
                /** @description Accepted on or before that day and not closed by then */
                activeOn?: string;
                /** @description Closed after acceptance */
                closedFrom?: string;
                /** @description Closed after acceptance */
                closedTo?: string;
                coordinatorId?: string;
                /** @description Closed within 182 days of acceptance */
                earlyRupture?: boolean;
                /** @description Pairs whose health is one of these (accepted and active pairs only) */
                health?: components["schemas"]["HealthLevel"][];
                mentorId?: string;
                noMeetingSinceDays?: number;
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description Free-text search */
                q?: components["parameters"]["Q"];
                referralId?: string;
                sort?: "proposedAt" | "-proposedAt" | "startedAt" | "-startedAt" | "plannedEndAt" | "-plannedEndAt" | "lastMeetingAt" | "-lastMeetingAt" | "status" | "-status";
                status?: components["schemas"]["MentorshipStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["ServerError"];
        };
    };
    proposeMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorshipProposal"];
            };
        };
        responses: {
            /** @description Proposed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    getMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pair */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    setMentorshipGoals: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalsInput"];
            };
        };
        responses: {
            /** @description The pair with its goals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    listInterviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Follow-up interviews, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interview"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    addInterview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Meetings, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    logMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The client's own id for this meeting; sent again (after a lost connection), the meeting already recorded is returned with 200 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description Already logged with this Idempotency-Key; nothing was added */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Logged */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    transitionMentorship: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorshipTransition"];
            };
        };
        responses: {
            /** @description The pair in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mentorship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    reassignMentorships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairReassignment"];
            };
        };
        responses: {
            /** @description What succeeded and what failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    reviewRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files due */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionReview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    runRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionRun"];
            };
        };
        responses: {
            /** @description How many were anonymised */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    listReferrals: {
        parameters: {
            query?: {
                ageBand?: components["schemas"]["AgeBand"][];
                /** @description A user id, or 'none' */
                assigneeId?: string;
                channel?: components["schemas"]["Channel"][];
                /** @description A first contact was made */
                contacted?: boolean;
                department?: string[];
                need?: components["schemas"]["Need"][];
                /** @description Overdue for first contact */
                overdue?: boolean;
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                priorityPublic?: components["schemas"]["PriorityPublic"][];
                /** @description Free-text search */
                q?: components["parameters"]["Q"];
                receivedFrom?: string;
                receivedTo?: string;
                situation?: components["schemas"]["Situation"][];
                /** @description A field, descending with a leading minus; `assignee` sorts by the assignee's name, unassigned last */
                sort?: "receivedAt" | "-receivedAt" | "lastName" | "-lastName" | "birthDate" | "-birthDate" | "status" | "-status" | "commune" | "-commune" | "assignee" | "-assignee";
                status?: components["schemas"]["ReferralStatus"][];
                waitingMinDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referral */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    updateReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralPatch"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    anonymizeReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Anonymised */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ServerError"];
        };
    };
    logContactAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactAttemptInput"];
            };
        };
        responses: {
            /** @description The referral after the attempt (contact counters updated) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    addReferralNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteInput"];
            };
        };
        responses: {
            /** @description The note as a timeline event */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    exportReferralPersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    suggestMentors: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Weights to try instead of the association's, as needs:3,sector:1,… (every criterion); nothing is saved */
                weights?: string;
            };
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suggestions, eligible first then by score */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSuggestion"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getReferralTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    transitionReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralTransition"];
            };
        };
        responses: {
            /** @description The referral in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    bulkReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralBulkAction"];
            };
        };
        responses: {
            /** @description What succeeded and what failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    findReferralDuplicates: {
        parameters: {
            query?: {
                birthDate?: string;
                email?: string;
                firstName?: string;
                lastName?: string;
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candidates, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateCandidate"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    listSavedViews: {
        parameters: {
            query?: {
                resource?: components["schemas"]["SavedViewResource"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Views */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    createSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedViewInput"];
            };
        };
        responses: {
            /** @description Saved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    updateSavedView: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedViewInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    search: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 20 hits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchHit"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The association's settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    rotateIntakeKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new key, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    listTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active staff members, by last name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMember"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description Free-text search */
                q?: components["parameters"]["Q"];
                role?: components["schemas"]["Role"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The association's accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description The account and its temporary password */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            default: components["responses"]["ServerError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header: {
                /** @description The record's version as last read */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and its temporary password */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ServerError"];
        };
    };
    exportUserPersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
}
